import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('file sizes', () => {
  it('picks the unit and rounds to one decimal', () => {
    expect(formatFileSize('en', 512)).toBe('512 byte');
    expect(formatFileSize('en', 1536)).toBe('1.5 kB');
    expect(formatFileSize('en', 3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatFileSize('en', 5 * 1024 ** 4)).toBe('5,120 GB');
  });

  it('writes the units of the interface language', () => {
    expect(formatFileSize('ru', 1536)).toMatch(/^1,5\s?кБ$/i);
  });
});
