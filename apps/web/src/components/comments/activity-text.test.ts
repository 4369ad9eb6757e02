import { laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import { changeText, changeTexts, parseChange, targetOfChange } from './activity-text.ts';

type Key = Parameters<typeof translate>[1];
type Params = Parameters<typeof translate>[2];
const en = (key: Key, params?: Params) => translate('en', key, params);
const ru = (key: Key, params?: Params) => translate('ru', key, params);

describe('activity change kinds', () => {
  it('reads operation types and diff entries in either spelling', () => {
    expect(parseChange('rename-stage')).toEqual({ entity: 'stage', kind: 'changed' });
    expect(parseChange('addCard')).toEqual({ entity: 'card', kind: 'added' });
    expect(parseChange('card-removed')).toEqual({ entity: 'card', kind: 'removed' });
    expect(parseChange('moveLane')).toEqual({ entity: 'lane', kind: 'moved' });
    expect(parseChange('setMapField')).toEqual({ entity: 'map', kind: 'changed' });
    expect(parseChange('import')).toBeNull();
  });

  it('translates what it understands and keeps the rest as sent', () => {
    expect(changeText(en, 'rename-stage')).toBe('Stage changed');
    expect(changeText(en, 'bulk-import')).toBe('bulk-import');
    expect(changeTexts(en, ['addCard', 'add-card', 'removeCard'])).toEqual(['Card added', 'Card removed']);
    expect(changeText(ru, 'addCard')).not.toBe(changeText(en, 'addCard'));
    expect(changeText(en, 'stage-changed')).toBe('Stage changed');
  });

  it('names the card or stage of a comment entry from the map', () => {
    const map = laptopPurchaseMap('en');
    const stage = map.stages[0];
    expect(targetOfChange('stage:awareness')).toEqual({ kind: 'stage', id: 'awareness' });
    expect(targetOfChange('stage-changed')).toBeNull();
    expect(changeText(en, `stage:${stage?.id}`, map)).toBe(`Stage “${stage?.name}”`);
    expect(changeText(en, 'card:gone', map)).toBe('No longer on the map (gone)');
  });
});
