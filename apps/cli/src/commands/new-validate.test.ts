import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cjm, tempDir } from '../test-helpers.ts';

describe('cjm new and cjm validate', () => {
  it('makes a YAML map from a Russian template that validates', async () => {
    const dir = tempDir();
    const made = await cjm(
      dir,
      'new',
      '--template',
      'six-stages',
      '--lang',
      'ru',
      '--title',
      'Покупка ноутбука',
      '--persona',
      'Анна',
      '-o',
      'map.yaml',
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const map = parse(readFileSync(join(dir, 'map.yaml'), 'utf8'));
    expect(map).toMatchObject({
      schemaVersion: 1,
      title: 'Покупка ноутбука',
      language: 'ru',
      type: 'current',
      personas: ['Анна'],
    });
    expect(map.stages[0].name).toBe('Осведомленность');
    expect(await cjm(dir, 'validate', 'map.yaml')).toMatchObject({ code: 0, stdout: 'map.yaml: valid\n' });
    // The persona keeps the case it was given, in the map and in its exports.
    expect((await cjm(dir, 'export', 'map.yaml', '--format', 'svg')).code).toBe(0);
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    expect(svg).toContain('>Анна<');
    expect(svg).not.toContain('>анна<');
  });

  it('writes JSON by the extension, with the type asked for', async () => {
    const dir = tempDir();
    await cjm(
      dir,
      'new',
      '--template',
      'funnel',
      '--lang',
      'zh',
      '--title',
      '在线购买',
      '--type',
      'future',
      '-o',
      'm.json',
    );
    const map = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8'));
    expect(map).toMatchObject({ type: 'future', language: 'zh' });
    expect((await cjm(dir, 'validate', 'm.json')).code).toBe(0);
  });

  it('refuses to overwrite and names an unknown template', async () => {
    const dir = tempDir();
    await cjm(dir, 'new', '--template', 'funnel', '--lang', 'en', '--title', 'T', '-o', 'm.yaml');
    const again = await cjm(
      dir,
      'new',
      '--template',
      'funnel',
      '--lang',
      'en',
      '--title',
      'T',
      '-o',
      'm.yaml',
    );
    expect(again).toMatchObject({ code: 1 });
    expect(again.stderr).toMatch(/m\.yaml exists; pass --force/);
    const unknown = await cjm(
      dir,
      'new',
      '--template',
      'nope',
      '--lang',
      'en',
      '--title',
      'T',
      '-o',
      'x.yaml',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/nope/);
  });

  it('exits 1 naming the card and the unknown stage id', async () => {
    const dir = tempDir();
    await cjm(dir, 'new', '--template', 'six-stages', '--lang', 'en', '--title', 'T', '-o', 'map.yaml');
    const map = parse(readFileSync(join(dir, 'map.yaml'), 'utf8'));
    map.cards.push({ id: 'c-bad', lane: map.lanes[0].id, stage: 'purhcase', text: 'Pays' });
    writeFileSync(join(dir, 'bad.yaml'), JSON.stringify(map));
    const index = map.cards.length - 1;
    const result = await cjm(dir, 'validate', 'map.yaml', 'bad.yaml');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('map.yaml: valid\n');
    expect(result.stderr).toContain(`bad.yaml: cards[${index}].stage: unknown stage "purhcase"`);
  });

  it('names the line and column of a file that is not YAML or JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), 'title: ok\nstages: [a, b\nlanes: x\n');
    writeFileSync(join(dir, 'broken.json'), '{\n  "title": "x",\n  "stages": [,]\n}\n');
    const result = await cjm(dir, 'validate', 'broken.yaml', 'broken.json', 'missing.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+: not valid YAML/);
    expect(result.stderr).toMatch(/broken\.json:3:14: not valid JSON/);
    expect(result.stderr).toMatch(/missing\.yaml: cannot read \(ENOENT\)/);
  });
});
