import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cjm, tempDir } from '../test-helpers.ts';

describe('cjm diff', () => {
  it('reports exactly a renamed stage, an added opportunity and a changed emotion score', async () => {
    const dir = tempDir();
    await cjm(
      dir,
      'new',
      '--template',
      'six-stages',
      '--lang',
      'ru',
      '--title',
      'Покупка',
      '--persona',
      'Анна',
      '-o',
      'a.yaml',
    );
    const map = parse(readFileSync(join(dir, 'a.yaml'), 'utf8'));
    map.emotions = [{ stage: map.stages[0].id, persona: 'Анна', score: 1 }];
    writeFileSync(join(dir, 'a.yaml'), stringify(map));
    const stageId = map.stages[1].id;
    map.stages[1].name = 'Сравнение';
    map.opportunities.push({ id: 'o-new', title: 'Чат на сайте', owner: 'Поддержка' });
    map.emotions[0].score = -1;
    writeFileSync(join(dir, 'b.yaml'), stringify(map));

    const result = await cjm(dir, 'diff', 'a.yaml', 'b.yaml', '--json');
    expect(result.code).toBe(0);
    const { changes } = JSON.parse(result.stdout);
    expect(
      changes.map((c: { kind: string; entity: string; id: string }) => [c.kind, c.entity, c.id]),
    ).toEqual([
      ['changed', 'stage', stageId],
      ['changed', 'emotion', `${map.stages[0].id}/Анна`],
      ['added', 'opportunity', 'o-new'],
    ]);
    expect(changes[0]).toMatchObject({ before: 'Рассмотрение', after: 'Сравнение' });
    expect(changes[1]).toMatchObject({ before: 1, after: -1 });

    const text = await cjm(dir, 'diff', 'a.yaml', 'b.yaml');
    expect(text.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('fails clearly when a side is not a valid map', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'title: x\n');
    const result = await cjm(dir, 'diff', 'a.yaml', 'a.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.yaml: not a valid journey map:\n {2}id: /);
  });
});

describe('cjm migrate', () => {
  it('upgrades an unversioned document and keeps a backup', async () => {
    const dir = tempDir();
    await cjm(dir, 'new', '--template', 'funnel', '--lang', 'en', '--title', 'Old', '-o', 'old.yaml');
    const { schemaVersion: _, ...old } = parse(readFileSync(join(dir, 'old.yaml'), 'utf8'));
    const original = stringify(old);
    writeFileSync(join(dir, 'old.yaml'), original);
    const result = await cjm(dir, 'migrate', 'old.yaml');
    expect(result).toMatchObject({
      code: 0,
      stdout: 'old.yaml: migrated schemaVersion 0 → 1 (backup: old.yaml.bak)\n',
    });
    expect(readFileSync(join(dir, 'old.yaml.bak'), 'utf8')).toBe(original);
    expect(parse(readFileSync(join(dir, 'old.yaml'), 'utf8')).schemaVersion).toBe(1);
    expect((await cjm(dir, 'migrate', 'old.yaml')).stdout).toMatch(/already at schemaVersion 1/);
  });

  it('refuses a document from a newer OpenCJM and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'new.json'), JSON.stringify({ schemaVersion: 9, id: 'x' }));
    const result = await cjm(dir, 'migrate', 'new.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/schemaVersion 9 is newer than this OpenCJM supports/);
    expect(existsSync(join(dir, 'new.json.bak'))).toBe(false);
  });
});
