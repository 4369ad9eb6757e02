import { afterEach, describe, expect, it } from 'vitest';
import { cutTo, eventCount, middleHalf } from '../analytics/period-cut.ts';
import { insertStory } from '../analytics/story.ts';
import { checkoutMap, PAIN_STORY } from '../insight/stories/pain-story.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { mapFigures } from './map-figures.ts';

const open: DuckDbStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

async function story(): Promise<DuckDbStore> {
  const store = await openDuckDbStore(':memory:');
  open.push(store);
  await insertStory(store, PAIN_STORY, []);
  return store;
}

describe('map figures over a period', () => {
  it('equal the figures of a store holding only the period’s events', async () => {
    const all = await story();
    const { from, to } = await middleHalf(all);
    const cut = await story();
    await cutTo(cut, { from, to });
    expect(await eventCount(cut)).toBeGreaterThan(0);
    expect(await eventCount(cut)).toBeLessThan(await eventCount(all));

    const map = checkoutMap();
    const inPeriod = await mapFigures(all, map, '30d', { from, to });
    expect(inPeriod).toEqual(await mapFigures(cut, map, '30d'));
    // the comparison covers every kind of figure: funnel, touchpoint customers and emotion
    const places = [...Object.values(inPeriod.stages), ...Object.values(inPeriod.touchpoints)];
    expect(places.some((p) => p.customers > 0)).toBe(true);
    expect(places.some((p) => p.emotionN > 0)).toBe(true);
    expect(places.some((p) => p.sentiment !== null)).toBe(true);
    // and the period changes the figures: the whole story has more customers at the first stage
    const whole = await mapFigures(all, map, '30d');
    expect(whole).not.toEqual(inPeriod);
    const first = map.stages[0]?.id ?? '';
    expect(whole.stages[first]?.customers ?? 0).toBeGreaterThan(inPeriod.stages[first]?.customers ?? 0);
  });

  it('without events in the period gives no customers and no emotion anywhere', async () => {
    const all = await story();
    const figures = await mapFigures(all, checkoutMap(), '30d', { from: '1990-01-01', to: '1990-02-01' });
    const places = [...Object.values(figures.stages), ...Object.values(figures.touchpoints)];
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.customers === 0 && p.emotion === null && p.emotionN === 0)).toBe(true);
  });
});
