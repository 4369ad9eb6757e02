import { afterEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { dfg } from './dfg.ts';
import { dwell } from './dwell.ts';
import { funnel } from './funnel.ts';
import { PeriodOption, periodInstant } from './options.ts';
import { pathFlow } from './paths-flow.ts';
import { topPaths } from './paths-top.ts';
import { cutTo, eventCount, middleHalf } from './period-cut.ts';
import { insertStory, shopMap } from './story.ts';
import { variants } from './variants.ts';

const open: DuckDbStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

async function story(): Promise<DuckDbStore> {
  const store = await openDuckDbStore(':memory:');
  open.push(store);
  await insertStory(store);
  return store;
}

describe('a period of time', () => {
  it('gives every analysis the answer it gives on a store holding only the period’s events', async () => {
    const all = await story();
    const { from, to } = await middleHalf(all);
    const cut = await story();
    await cutTo(cut, { from, to });
    const kept = await eventCount(cut);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(await eventCount(all));

    const period = { from, to };
    const map = shopMap();
    expect(await dfg(all, { period })).toEqual(await dfg(cut));
    expect(await dfg(all, { by: 'stage', map, period })).toEqual(await dfg(cut, { by: 'stage', map }));
    expect(await variants(all, { period })).toEqual(await variants(cut));
    expect(await topPaths(all, { by: 'touchpoint', map, period })).toEqual(
      await topPaths(cut, { by: 'touchpoint', map }),
    );
    expect(await dwell(all, { by: 'event', period })).toEqual(await dwell(cut, { by: 'event' }));
    expect(await funnel(all, { map, period })).toEqual(await funnel(cut, { map }));
    expect(await funnel(all, { steps: ['page_view', 'purchase'], period })).toEqual(
      await funnel(cut, { steps: ['page_view', 'purchase'] }),
    );
    expect(await pathFlow(all, { anchor: 'page_view', period })).toEqual(
      await pathFlow(cut, { anchor: 'page_view' }),
    );
    // and the period changes the answer: the whole story has more
    expect((await variants(all)).total).toBeGreaterThanOrEqual((await variants(all, { period })).total);
    expect(await dfg(all)).not.toEqual(await dfg(all, { period }));
  });

  it('accepts dates and date-times, read as UTC without an offset, and refuses a reversed one', () => {
    expect(periodInstant('2026-01-31')).toBe('2026-01-31T00:00:00.000Z');
    expect(periodInstant('2026-01-31T09:30')).toBe('2026-01-31T09:30:00.000Z');
    expect(periodInstant('2026-01-31T09:30:00+03:00')).toBe('2026-01-31T06:30:00.000Z');
    expect(PeriodOption.safeParse({ from: '2026-02-01', to: '2026-01-01' }).error?.issues[0]).toMatchObject({
      path: ['to'],
      message: '`from` must be before `to`',
    });
    expect(PeriodOption.safeParse({ from: '31.01.2026' }).error?.issues[0]?.path).toEqual(['from']);
    expect(PeriodOption.safeParse({ from: '2026-02-30' }).success).toBe(false);
    expect(PeriodOption.safeParse({ from: '2026-01-01T25:99' }).success).toBe(false);
  });
});
