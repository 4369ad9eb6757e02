import { describe, expect, it } from 'vitest';
import { newPasswordProblem } from './password-check.ts';

describe('newPasswordProblem', () => {
  it('asks for 10 characters first, then for the same password twice', () => {
    expect(newPasswordProblem('short', 'short')).toBe('setup.short');
    expect(newPasswordProblem('long enough!', 'long enough')).toBe('setup.mismatch');
    expect(newPasswordProblem('long enough!', 'long enough!')).toBeNull();
  });
});
