import { describe, expect, it } from 'vitest';
import { annaMap } from '../fixtures.ts';
import { diffMaps } from './diff-maps.ts';
import { formatDiff } from './format.ts';
import type { MapChange } from './schema.ts';

describe('formatDiff', () => {
  it('says so when there are no changes', () => {
    expect(formatDiff([])).toBe('No changes.');
    expect(formatDiff(diffMaps(annaMap(), annaMap()), { lang: 'en' })).toBe('No changes.');
  });

  it('writes one line per change of a real diff', () => {
    const before = annaMap();
    const after = annaMap();
    after.title = 'Покупка ноутбука';
    after.personas.push('boris');
    const [awareness, consideration, purchase, loyalty] = after.stages;
    if (!awareness || !consideration || !purchase || !loyalty) throw new Error('fixture changed');
    awareness.name = 'Знакомство';
    after.stages = [awareness, loyalty, consideration, purchase];
    after.cards = after.cards.filter((card) => card.id !== 'c5');
    const c3 = after.cards.find((card) => card.id === 'c3');
    if (!c3) throw new Error('fixture changed');
    c3.stage = 'purchase';
    after.emotions[0] = { stage: 'awareness', persona: 'anna', score: 0 };
    after.opportunities.push({ id: 'o2', title: 'Чат с консультантом', pains: [], status: 'idea' });
    expect(formatDiff(diffMaps(before, after)).split('\n')).toEqual([
      '~ map map-anna-laptop: title "Покупка ноутбука онлайн" → "Покупка ноутбука"',
      '+ persona boris',
      '~ stage awareness: name "Осведомленность" → "Знакомство"',
      '↕ stage loyalty moved 3 → 1',
      '↕ card c3 moved stage consideration → purchase',
      '- card c5 "Пишет отзыв"',
      '~ emotion awareness/anna: score 1 → 0',
      '+ opportunity o2 "Чат с консультантом"',
    ]);
  });

  it('formats absent values, structured values, lane moves, in-cell moves and emotions', () => {
    const changes: MapChange[] = [
      { kind: 'changed', entity: 'map', id: 'm', path: 'description', before: undefined, after: 'Текст' },
      {
        kind: 'changed',
        entity: 'opportunity',
        id: 'o1',
        path: 'opportunities[o1].pains',
        before: ['c3'],
        after: [],
      },
      {
        kind: 'moved',
        entity: 'card',
        id: 'c1',
        path: 'cards[c1]',
        before: { lane: 'actions', stage: 'awareness' },
        after: { lane: 'pains', stage: 'purchase' },
      },
      { kind: 'moved', entity: 'card', id: 'c2', path: 'cards[c2]', before: 1, after: 0 },
      { kind: 'moved', entity: 'lane', id: 'emotion', path: 'lanes[emotion]', before: 2, after: 0 },
      {
        kind: 'removed',
        entity: 'emotion',
        id: 'loyalty/anna',
        path: 'emotions[loyalty/anna]',
        before: { score: 2 },
      },
      { kind: 'removed', entity: 'persona', id: 'anna', path: 'personas[anna]', before: 'anna' },
    ];
    expect(formatDiff(changes).split('\n')).toEqual([
      '~ map m: description (none) → "Текст"',
      '~ opportunity o1: pains ["c3"] → []',
      '↕ card c1 moved lane actions → pains, stage awareness → purchase',
      '↕ card c2 moved within its cell 1 → 0',
      '↕ lane emotion moved 2 → 0',
      '- emotion loyalty/anna score 2',
      '- persona anna',
    ]);
  });
});
