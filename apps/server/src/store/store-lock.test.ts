import { describe, expect, it } from 'vitest';
import { createStoreLock } from './store-lock.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('store lock', () => {
  it('runs shared work side by side and exclusive work alone, in arrival order', async () => {
    const lock = createStoreLock();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name}+`);
      await tick();
      log.push(`${name}-`);
    };
    await Promise.all([
      lock.shared(job('a')),
      lock.shared(job('b')),
      lock.exclusive(job('import')),
      lock.shared(job('c')),
    ]);
    expect(log).toEqual(['a+', 'b+', 'a-', 'b-', 'import+', 'import-', 'c+', 'c-']);
  });

  it('frees the lock when the work fails', async () => {
    const lock = createStoreLock();
    await expect(lock.exclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.shared(async () => 'free')).toBe('free');
  });
});
