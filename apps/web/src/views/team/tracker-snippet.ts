/** Characters that would end or break an HTML attribute value. */
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};

const attribute = (value: string) => value.replace(/[&"<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);

/**
 * The tag a site pastes into its pages to send events here with a collect key: the tracker is
 * served by this server at `/tracker.js` and sends to the same origin's `/api/collect`.
 * @example trackerSnippet('https://cjm.example.com', 'ocjm_abc')
 * // '<script src="https://cjm.example.com/tracker.js" data-key="ocjm_abc" async></script>'
 */
export function trackerSnippet(origin: string, key: string): string {
  const base = origin.replace(/\/+$/, '');
  return `<script src="${attribute(`${base}/tracker.js`)}" data-key="${attribute(key)}" async></script>`;
}
