import { laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { futureStateCopy } from './future-state.ts';

describe('futureStateCopy', () => {
  it('keeps the content, changes id, type and basedOn, and suffixes the title in the map language', () => {
    const current = laptopPurchaseMap('ru');
    const future = futureStateCopy(current, 'f1');
    expect(future).toEqual({
      ...current,
      id: 'f1',
      type: 'future',
      basedOn: 'example-laptop-ru',
      title: 'Покупка ноутбука онлайн — будущее состояние',
    });
    expect(future.cards).not.toBe(current.cards);
  });
});
