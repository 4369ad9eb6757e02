import { describe, expect, it } from 'vitest';
import { expiryOf, shareAddress } from './share-expiry.ts';

describe('share link expiry', () => {
  const now = new Date(2026, 11, 7, 15, 0);

  it('ends at the last moment of the chosen local day', () => {
    const iso = expiryOf('2026-12-31', now);
    expect(iso).not.toBeNull();
    const end = new Date(iso ?? '');
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([
      2026, 11, 31, 23, 59,
    ]);
    expect(expiryOf('2026-12-07', now)).not.toBeNull();
  });

  it('refuses past days and what is not a date', () => {
    expect(expiryOf('2026-12-06', now)).toBeNull();
    expect(expiryOf('', now)).toBeNull();
    expect(expiryOf('31.12.2026', now)).toBeNull();
  });

  it('builds the full address from the origin and the path', () => {
    expect(shareAddress('https://cjm.example.org', '/shared/AbC')).toBe('https://cjm.example.org/shared/AbC');
  });
});
