import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape.ts';

describe('escapeXml', () => {
  it('escapes the five XML specials, & first', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML forbids and keeps emoji and Chinese', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\ufffe')).toBe('abcd');
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
    expect(escapeXml('lone \ud800 surrogate')).toBe('lone  surrogate');
    expect(escapeXml('😀 中文')).toBe('😀 中文');
  });
});
