import { describe, expect, it } from 'vitest';
import { trackerSnippet } from './tracker-snippet.ts';

describe('tracker snippet', () => {
  it('loads /tracker.js from this server with the collect key', () => {
    expect(trackerSnippet('https://cjm.example.com', 'ocjm_AbC-123')).toBe(
      '<script src="https://cjm.example.com/tracker.js" data-key="ocjm_AbC-123" async></script>',
    );
    expect(trackerSnippet('http://localhost:4173/', 'k')).toBe(
      '<script src="http://localhost:4173/tracker.js" data-key="k" async></script>',
    );
  });

  it('escapes what would break the attribute', () => {
    expect(trackerSnippet('https://a.example', 'a"b<c>&')).toContain('data-key="a&quot;b&lt;c&gt;&amp;"');
  });
});
