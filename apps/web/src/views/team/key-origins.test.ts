import { describe, expect, it } from 'vitest';
import { parseOrigins } from './key-origins.ts';

describe('parseOrigins', () => {
  it('keeps the origin of each non-empty line', () => {
    expect(parseOrigins('https://shop.example\n\n  http://localhost:3000/path \n')).toEqual({
      origins: ['https://shop.example', 'http://localhost:3000'],
    });
    expect(parseOrigins('')).toEqual({ origins: [] });
  });

  it('names the first line that is not a site origin', () => {
    expect(parseOrigins('https://ok.example\nshop.example\nftp://x')).toEqual({ bad: 'shop.example' });
    expect(parseOrigins('ftp://files.example')).toEqual({ bad: 'ftp://files.example' });
  });
});
