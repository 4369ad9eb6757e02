import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annaPersona, laptopPurchaseMap } from '@opencjm/core';
import {
  acceptPain,
  checkoutMap,
  detectPains,
  insertStory,
  mapFigures,
  openDuckDbStore,
  PAIN_STORY,
  sentimentScorer,
} from '@opencjm/engine';
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
    expect((await cjm(dir, 'export', 'laptop.yaml', '--format', 'pdf', '--page', 'b5')).code).not.toBe(0);
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

describe('cjm export --with-data', () => {
  /** The pain story in a workspace, and its map with the first pain the data finds accepted. */
  async function painWorkspace() {
    const dir = tempDir();
    const store = await openDuckDbStore(join(dir, '.opencjm'));
    await insertStory(store, PAIN_STORY, []);
    const map = checkoutMap();
    const found = await detectPains(store, { map, scorer: sentimentScorer });
    const card = found.findings.find((f) => f.kind === 'drop-off')?.card;
    if (!card) throw new Error('the pain story has no drop-off finding');
    const accepted = acceptPain(map, card);
    const figures = await mapFigures(store, accepted, '7d');
    store.close();
    writeFileSync(join(dir, 'map.json'), JSON.stringify(accepted));
    return { dir, map: accepted, figures, card };
  }

  it("puts the workspace's figures by stage name and the accepted pains into the export", async () => {
    const { dir, map, figures, card } = await painWorkspace();
    const result = await cjm(dir, 'export', 'map.json', '--format', 'md', '--with-data', '-o', 'data.md');
    expect(result).toMatchObject({ code: 0, stdout: 'data.md\n' });
    const md = readFileSync(join(dir, 'data.md'), 'utf8');
    expect(md).toContain('## Measured data');
    for (const stage of map.stages) {
      const customers = figures.stages[stage.id]?.customers ?? -1;
      expect(md).toContain(`| ${stage.name} | ${customers.toLocaleString('en-US')} |`);
    }
    expect(md).toContain('### Pains found in data');
    const stageName = map.stages.find((s) => s.id === card.stage)?.name ?? '';
    expect(md).toContain(`| ${stageName} |`);
    expect(md).toContain(card.sources[0]?.title ?? 'no source');

    const plain = await cjm(dir, 'export', 'map.json', '--format', 'md', '-o', 'plain.md');
    expect(plain.code).toBe(0);
    expect(readFileSync(join(dir, 'plain.md'), 'utf8')).not.toContain('## Measured data');
  });

  it('names a missing event store', async () => {
    const dir = mapDir();
    const result = await cjm(
      dir,
      'export',
      'laptop.yaml',
      '--format',
      'svg',
      '--with-data',
      '--workspace',
      'none',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--with-data: no event store in none');
  });
});
