/**
 * A `Content-Disposition: attachment` header for `fileName`, which may be Russian or
 * Chinese: the exact name as RFC 5987 `filename*`, and `asciiFallback` (made ASCII) for
 * clients that read only `filename`.
 *
 * @example attachment('Покупка.pdf', 'example-laptop-ru.pdf')
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const exact = replaceChars(fileName, (code, char) => code < 0x20 || code === 0x7f || '"\\/'.includes(char));
  const ascii = replaceChars(
    asciiFallback,
    (code, char) => code < 0x20 || code > 0x7e || '"\\/'.includes(char),
  );
  const encoded = encodeURIComponent(exact).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** `text` with every character for which `bad` holds replaced by `_`. */
function replaceChars(text: string, bad: (code: number, char: string) => boolean): string {
  return Array.from(text, (char) => (bad(char.codePointAt(0) ?? 0, char) ? '_' : char)).join('');
}
