import { describe, expect, it } from 'vitest';
import { signInLimiter } from './sign-in-limiter.ts';

const rules = { perAccountAndAddress: 3, perAccount: 5, perAddress: 8, windowMs: 60_000 };

describe('signInLimiter', () => {
  it('blocks an account and address after its limit, until the window passes', () => {
    let t = 0;
    const limiter = signInLimiter(rules, () => t);
    for (let i = 0; i < 3; i++) {
      expect(limiter.blocked('anna', '1.1.1.1')).toBe(0);
      limiter.failed('anna', '1.1.1.1');
      t += 1000;
    }
    expect(limiter.blocked('anna', '1.1.1.1')).toBe(57);
    expect(limiter.blocked('anna', '2.2.2.2')).toBe(0);
    t = 60_001;
    expect(limiter.blocked('anna', '1.1.1.1')).toBe(0);
  });

  it('blocks an account guessed from many addresses, and an address spraying many accounts', () => {
    const limiter = signInLimiter(rules, () => 0);
    for (let i = 0; i < 5; i++) limiter.failed('anna', `10.0.0.${i}`);
    expect(limiter.blocked('anna', '10.0.0.99')).toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) limiter.failed(`user${i}`, '9.9.9.9');
    expect(limiter.blocked('someone-else', '9.9.9.9')).toBeGreaterThan(0);
  });

  it('clears the account after a correct password', () => {
    const limiter = signInLimiter(rules, () => 0);
    limiter.failed('anna', '1.1.1.1');
    limiter.failed('anna', '1.1.1.1');
    limiter.succeeded('anna', '1.1.1.1');
    limiter.failed('anna', '1.1.1.1');
    limiter.failed('anna', '1.1.1.1');
    expect(limiter.blocked('anna', '1.1.1.1')).toBe(0);
  });
});
