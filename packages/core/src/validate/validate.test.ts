import { describe, expect, it } from 'vitest';
import { annaMap } from '../fixtures.ts';
import { formatIssue, loadMapDocument, validateMap } from './index.ts';

const messages = (input: unknown) => {
  const result = validateMap(input);
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('validateMap', () => {
  it('accepts the Anna map', () => {
    expect(validateMap(annaMap())).toMatchObject({ ok: true });
  });

  it('names the card and the unknown stage id', () => {
    const map = annaMap();
    (map.cards[3] as { stage: string }).stage = 'purhcase';
    expect(messages(map)).toEqual(['cards[3].stage: unknown stage "purhcase"']);
  });

  it('reports every broken reference, not only the first', () => {
    const map = annaMap();
    map.cards[0] = { ...(map.cards[0] as (typeof map.cards)[0]), lane: 'nolane', touchpoint: 'tp-x' };
    map.opportunities[0]?.pains.push('c99');
    map.kpis[0] = { ...(map.kpis[0] as (typeof map.kpis)[0]), stage: 'gone' };
    map.emotions.push({ stage: 'awareness', persona: 'boris', score: 0 });
    map.touchpoints[0] = { ...(map.touchpoints[0] as (typeof map.touchpoints)[0]), stage: 'nowhere' };
    expect(messages(map)).toEqual([
      'cards[0].lane: unknown lane "nolane"',
      'cards[0].touchpoint: unknown touchpoint "tp-x"',
      'emotions[4].persona: unknown persona "boris"',
      'touchpoints[0].stage: unknown stage "nowhere"',
      'opportunities[0].pains[1]: unknown card "c99"',
      'kpis[0].stage: unknown stage "gone"',
    ]);
  });

  it('finds duplicate ids and duplicate emotion points', () => {
    const map = annaMap();
    map.stages.push({ id: 'awareness', name: 'Снова' });
    map.emotions.push({ stage: 'purchase', persona: 'anna', score: 0 });
    expect(messages(map)).toEqual([
      'stages[4].id: duplicate id "awareness" (also stages[0])',
      'emotions[4]: second point for stage "purchase" and persona "anna" (also emotions[2])',
    ]);
  });

  it('names the path and the value of schema problems', () => {
    const map = { ...annaMap(), type: 'someday', emotions: [{ stage: 'awareness', score: 5 }] };
    const found = messages(map);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^type: .*\(got "someday"\)$/);
    expect(found[1]).toMatch(/^emotions\[0\]\.score: .*\(got 5\)$/);
  });

  it('migrates an unversioned document before validating it', () => {
    const { schemaVersion: _, ...old } = annaMap();
    const result = loadMapDocument(old);
    expect(result.ok).toBe(true);
    expect(result.migrated).toEqual([0]);
  });
});
