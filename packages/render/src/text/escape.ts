/**
 * Characters XML 1.0 forbids anywhere (C0 controls except tab, newline and carriage
 * return; lone surrogates; U+FFFE/U+FFFF). A single one makes the whole SVG unreadable,
 * so they are dropped rather than escaped.
 */
const FORBIDDEN_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes user text for XML and HTML, in element content and in quoted attribute values
 * alike (all five of & < > " '). Hand-written because it is five replacements; the
 * installed XML libraries build whole documents and do not expose this alone.
 *
 * @example escapeXml('<b>"Tom & Jerry"</b>') // '&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
