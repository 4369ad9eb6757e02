import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
/** The editor, home, persona and compare screens, whose icons are Lucide SVG icons. */
const AREAS = ['components/editor', 'components/home', 'components/persona', 'components/compare'];
const VIEWS = [
  'views/HomeView.tsx',
  'views/MapEditorView.tsx',
  'views/PersonaView.tsx',
  'views/CompareView.tsx',
];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

/**
 * Symbols drawn by a font rather than an icon set: arrows, geometric shapes, dingbats and
 * emoji show as empty boxes where the font lacks them.
 */
const FONT_SYMBOL = /[\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]/u;

/** An icon button given a text symbol (e.g. `icon="×"`) instead of an SVG icon element. */
const TEXT_ICON = /\bicon="[^"]*"/;

function withoutComments(source: string): string {
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

describe('icons', () => {
  it('finds font-drawn symbols the way the check below relies on', () => {
    expect(FONT_SYMBOL.test('icon="✎"')).toBe(true);
    expect(FONT_SYMBOL.test('<a>←</a>')).toBe(true);
    expect(FONT_SYMBOL.test('🙂')).toBe(true);
    expect(FONT_SYMBOL.test('<Pencil size={13} /> · “quoted” – text')).toBe(false);
    expect(TEXT_ICON.test('<IconButton label={x} icon="×" />')).toBe(true);
    expect(TEXT_ICON.test('<IconButton label={x} icon={<X size={14} />} />')).toBe(false);
  });

  it('draws no icon of the editor, home, persona or compare screens with a font symbol', () => {
    const files = [...AREAS.flatMap((area) => tsxFiles(join(SRC, area))), ...VIEWS.map((v) => join(SRC, v))];
    const offenders = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, index) =>
          FONT_SYMBOL.test(line) ? [`${relative(SRC, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
