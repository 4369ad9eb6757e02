import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annaPersona, laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cjm, tempDir } from '../test-helpers.ts';
import { defaultOutput } from './export.ts';

function mapDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'laptop.yaml'), stringify(laptopPurchaseMap('ru')));
  writeFileSync(join(dir, 'anna.yaml'), stringify(annaPersona('ru')));
  return dir;
}

describe('cjm export', () => {
  it('writes FILE with the format extension by default and prints the path', async () => {
    const dir = mapDir();
    const result = await cjm(dir, 'export', 'laptop.yaml', '--format', 'svg', '--persona', 'anna.yaml');
    expect(result).toMatchObject({ code: 0, stdout: 'laptop.svg\n' });
    expect(readFileSync(join(dir, 'laptop.svg'), 'utf8')).toContain('Анна');
  });

  it('writes binary formats to -o with the chosen PDF page', async () => {
    const dir = mapDir();
    const result = await cjm(
      dir,
      'export',
      'laptop.yaml',
      '--format',
      'pdf',
      '--page',
      'a3',
      '-o',
      'out.pdf',
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'out.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('rejects an unknown format or page', async () => {
    const dir = mapDir();
    expect((await cjm(dir, 'export', 'laptop.yaml', '--format', 'gif')).code).not.toBe(0);
    expect((await cjm(dir, 'export', 'laptop.yaml', '--format', 'pdf', '--page', 'letter')).code).not.toBe(0);
  });

  it('names mermaid files .mmd', () => {
    expect(defaultOutput('maps/a.yaml', 'mermaid')).toBe('maps/a.mmd');
    expect(defaultOutput('noext', 'md')).toBe('noext.md');
  });
});

describe('cjm import-map', () => {
  it('reads an exported workbook back into the same map', async () => {
    const dir = mapDir();
    expect((await cjm(dir, 'export', 'laptop.yaml', '--format', 'xlsx')).code).toBe(0);
    const result = await cjm(dir, 'import-map', 'laptop.xlsx', '-o', 'back.yaml');
    expect(result).toMatchObject({ code: 0, stdout: 'back.yaml: 5 stages, 7 lanes, 8 cards\n' });
    expect(parse(readFileSync(join(dir, 'back.yaml'), 'utf8'))).toEqual(laptopPurchaseMap('ru'));
  });

  it('explains a workbook that is not a map and refuses to overwrite', async () => {
    const dir = mapDir();
    writeFileSync(join(dir, 'bad.xlsx'), 'not a workbook');
    const bad = await cjm(dir, 'import-map', 'bad.xlsx', '-o', 'x.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.xlsx: Sheet "(workbook)": not a readable XLSX file');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
    await cjm(dir, 'export', 'laptop.yaml', '--format', 'xlsx');
    const exists = await cjm(dir, 'import-map', 'laptop.xlsx', '-o', 'laptop.yaml');
    expect(exists.stderr).toContain('exists; pass --force');
  });
});
