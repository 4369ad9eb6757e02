import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../test-helpers.ts';

describe('cjm demo', () => {
  it('writes example maps in three languages that validate and differ only in text', async () => {
    const dir = tempDir();
    const result = await cjm(dir, 'demo', '--workspace', 'ws');
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'ws', 'maps')).sort()).toEqual([
      'laptop-purchase.en.yaml',
      'laptop-purchase.ru.yaml',
      'laptop-purchase.zh.yaml',
    ]);
    const maps = ['ru', 'en', 'zh'].map((l) => `ws/maps/laptop-purchase.${l}.yaml`);
    expect((await cjm(dir, 'validate', ...maps)).code).toBe(0);
    const { changes } = JSON.parse(
      (await cjm(dir, 'diff', maps[0] as string, maps[2] as string, '--json')).stdout,
    );
    expect(changes.every((c: { kind: string }) => c.kind === 'changed')).toBe(true);
  });
});
