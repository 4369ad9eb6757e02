import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import { changeText, changeTexts, parseChange } from './activity-text.ts';

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
    const ru = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('ru', key, params);
    const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('en', key, params);
    expect(changeText(en, 'rename-stage')).toBe('Stage changed');
    expect(changeText(en, 'bulk-import')).toBe('bulk-import');
    expect(changeTexts(en, ['addCard', 'add-card', 'removeCard'])).toEqual(['Card added', 'Card removed']);
    expect(changeText(ru, 'addCard')).not.toBe(changeText(en, 'addCard'));
  });
});
