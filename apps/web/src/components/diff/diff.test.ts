import { applyOperations, diffMaps, laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import type { TKey } from '../../i18n/en.ts';
import { type TParams, translate } from '../../i18n/translate.ts';
import { highlightOf } from '../compare/highlight.ts';
import { ChangeLabels, describeChange } from './describe-change.ts';

const before = laptopPurchaseMap('en');
const after = applyOperations(before, [
  { op: 'renameStage', id: 'purchase', name: 'Checkout' },
  { op: 'addCard', id: 'n1', lane: 'gains', stage: 'purchase', text: 'Paid in one click' },
  { op: 'moveCard', id: 'c1', lane: 'thoughts', stage: 'awareness' },
  { op: 'setEmotion', stage: 'purchase', persona: 'anna', score: 1 },
]);
const changes = diffMaps(before, after);

describe('describeChange', () => {
  const labels = new ChangeLabels([before, after]);
  const say = (lang: 'en' | 'ru') => (key: TKey, params?: TParams) => translate(lang, key, params);

  it('tells each change in the interface language', () => {
    const lines = changes.map((change) => describeChange(say('en'), labels, change));
    expect(lines).toContain('Stage “Checkout”: name “Purchase” → “Checkout”');
    expect(lines).toContain('Card added: “Paid in one click”');
    expect(
      lines.some(
        (line) =>
          line.startsWith('Card “') && line.includes('moved: Actions × Awareness → Thoughts × Awareness'),
      ),
    ).toBe(true);
    expect(lines.some((line) => line.startsWith('Emotion Checkout (anna): score'))).toBe(true);
    const ru = changes.map((change) => describeChange(say('ru'), labels, change));
    expect(ru).toContain('Карточка добавлено: “Paid in one click”');
  });
});

describe('highlightOf', () => {
  it('outlines what changed on each side', () => {
    const right = highlightOf(after, changes, 'after');
    expect(right.stages.has('purchase')).toBe(true);
    expect(right.cards.has('n1')).toBe(true);
    expect(right.cells.has('gains\u0000purchase')).toBe(true);
    expect(right.emotions.has('purchase')).toBe(true);
    const left = highlightOf(before, changes, 'before');
    expect(left.cards.has('n1')).toBe(false);
    expect(left.cards.has('c1')).toBe(true);
  });
});
