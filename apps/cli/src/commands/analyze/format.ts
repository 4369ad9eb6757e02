/** Aligned columns; `align` has one letter per column: l(eft) or r(ight). */
export function table(headers: string[], rows: string[][], align: string): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(c));
        return align[i] === 'r' ? pad + c : i === cells.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return n;
}

/** A share as a percentage with one decimal: 0.75 → "75.0%". */
export function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** An interval as "lo–hi" through `show`, or "—" when there is none. */
export function interval(ci: readonly [number, number] | null, show: (x: number) => string): string {
  return ci === null ? '—' : `${show(ci[0])}–${show(ci[1])}`;
}

/** A number with fixed decimals, or "—" for null. */
export function fixed(x: number | null, digits: number): string {
  return x === null ? '—' : x.toFixed(digits);
}

/** 45s, 7m 30s, 2h 05m, 3d 4h, 7d; "—" when there is nothing to measure. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  const hours = Math.floor((s % 86_400) / 3600);
  return `${Math.floor(s / 86_400)}d${hours > 0 ? ` ${hours}h` : ''}`;
}
