import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

/**
 * Text between a JSX tag's `>` and the next `<` or `{`, e.g. `<p>Hello</p>`; comments are
 * removed first, and the `>` of an arrow `=>` does not start text.
 */
const JSX_TEXT = /(?<![=-])>([^<>{}]*)[<{]/g;
/** Attributes users read or hear, given as plain strings, e.g. `aria-label="Close"`. */
const TEXT_ATTRIBUTES = /\b(aria-label|aria-valuetext|title|placeholder|alt|label)="([^"]*)"/g;
const LETTER = /\p{L}/u;

function withoutComments(source: string): string {
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

/** The user-visible literals with letters in a .tsx source: they belong in the translations. */
export function untranslatedLiterals(source: string): string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  for (const match of code.matchAll(JSX_TEXT)) {
    const text = (match[1] ?? '').trim();
    // `a > b` in an expression also matches; JSX text never holds `=`, `(`, `;` or `&&`.
    if (text && LETTER.test(text) && !/[=();]|&&|\?\s/.test(text)) found.push(text);
  }
  for (const match of code.matchAll(TEXT_ATTRIBUTES)) {
    if (LETTER.test(match[2] ?? '')) found.push(`${match[1]}="${match[2]}"`);
  }
  return found;
}

describe('UI strings', () => {
  it('finds literals the way the check below relies on', () => {
    expect(untranslatedLiterals('<p>Hello</p><b>{t("x")}</b>')).toEqual(['Hello']);
    expect(untranslatedLiterals('<button aria-label="Close">×</button>')).toEqual(['aria-label="Close"']);
    expect(untranslatedLiterals('<span>{count > 1 ? a : b}</span> <i>+2</i>')).toEqual([]);
    expect(untranslatedLiterals('const f = (s: Signal) => Promise<T>; g((p) => p.length < 2)')).toEqual([]);
  });

  it('has no text with letters outside t() in any .tsx file', () => {
    const offenders = tsxFiles(SRC).flatMap((file) =>
      untranslatedLiterals(readFileSync(file, 'utf8')).map((text) => `${relative(SRC, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
