import { describe, expect, it } from 'vitest';
import { LANGUAGES, Persona } from '../schema/index.ts';
import { LANE_TITLES } from '../templates/lanes.ts';
import { validateMap } from '../validate/index.ts';
import { annaPersona, laptopPurchaseMap } from './index.ts';

describe('example maps', () => {
  it.each(LANGUAGES)('the %s laptop purchase map and persona are valid', (lang) => {
    expect(validateMap(laptopPurchaseMap(lang))).toMatchObject({ ok: true });
    expect(Persona.parse(annaPersona(lang)).id).toBe('anna');
  });
});

describe('the touchpoints of the laptop purchase map', () => {
  const map = laptopPurchaseMap('en');

  it('keep the original touchpoints in their stages', () => {
    const stageOf = Object.fromEntries(map.touchpoints.map((t) => [t.id, t.stage]));
    expect(stageOf).toMatchObject({
      'tp-ad': 'awareness',
      'tp-catalog': 'consideration',
      'tp-checkout': 'purchase',
      'tp-support': 'usage',
      'tp-email': 'loyalty',
    });
  });

  it('give every stage touchpoints, each with a rule, and differ between languages only in names', () => {
    for (const stage of map.stages) expect(map.touchpoints.some((t) => t.stage === stage.id)).toBe(true);
    expect(map.touchpoints.every((t) => t.match !== undefined)).toBe(true);
    const shape = (lang: (typeof LANGUAGES)[number]) =>
      laptopPurchaseMap(lang).touchpoints.map(({ name, ...rest }) => rest);
    expect(shape('ru')).toEqual(shape('en'));
    expect(shape('zh')).toEqual(shape('en'));
    expect(new Set(laptopPurchaseMap('zh').touchpoints.map((t) => t.name)).size).toBe(map.touchpoints.length);
  });
});

describe('the example map and new maps agree', () => {
  it.each(['ru', 'en', 'zh'] as const)('titles every %s lane as a map made by `cjm new` does', (lang) => {
    for (const lane of laptopPurchaseMap(lang).lanes) expect(lane.title).toBe(LANE_TITLES[lane.type][lang]);
  });
});
