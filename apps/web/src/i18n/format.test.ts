import { describe, expect, it } from 'vitest';
import { formatNumber, formatPValue, formatSigned } from './format.ts';

describe('number formats', () => {
  it('writes signed scores and p-values in the language style', () => {
    expect(formatSigned('en', 0.456, 2)).toBe('+0.46');
    expect(formatSigned('ru', -1.5)).toBe('-1,5');
    expect(formatNumber('en', 1234.5, 0)).toBe('1,235');
    expect(formatPValue('en', 0.00001)).toBe('< 0.001');
    expect(formatPValue('ru', 0.0421)).toBe('0,042');
  });
});
