import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyMap } from '@opencjm/core';
import { median } from 'simple-statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../import/import-files.ts';
import { tempDir } from '../import/test-fixtures.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { proportionDifference } from './difference.ts';
import { compareMapPeriods } from './periods.ts';

const AT = '2026-03-10T00:00:00.000Z';
const DAY = 86_400_000;
const start = Date.UTC(2026, 2, 0);

/** One event: customer, minutes since Mar 0 00:00 UTC, event name, device of a visit. */
type Line = readonly [string, number, string, string?];
const minutes = (day: number, hour = 9) => day * 1440 + hour * 60;

/**
 * A shop before and after a new checkout on Mar 10. Before: a1 buys, a2 stops at the cart,
 * a3 and a4 only visit, a5 buys two days after her cart; a6 first visits on Mar 8 and comes
 * back on Mar 12 to buy — she counts before, by her first visit. After: b1–b5 buy, b6 stops
 * at the cart, b7 and b8 only visit. n1 puts something in a cart without any visit and
 * reaches no stage. Visits carry the device.
 */
const LINES: readonly Line[] = [
  ['a1', minutes(1), 'visit', 'desktop'],
  ['a1', minutes(1) + 10, 'add_to_cart'],
  ['a1', minutes(1) + 30, 'purchase'],
  ['a2', minutes(2), 'visit', 'mobile'],
  ['a2', minutes(2) + 20, 'add_to_cart'],
  ['a3', minutes(3), 'visit', 'mobile'],
  ['a4', minutes(4), 'visit', 'desktop'],
  ['a5', minutes(5), 'visit', 'desktop'],
  ['a5', minutes(5) + 60, 'add_to_cart'],
  ['a5', minutes(7), 'purchase'],
  ['a6', minutes(8), 'visit', 'mobile'],
  ['a6', minutes(12), 'visit', 'desktop'],
  ['a6', minutes(12) + 5, 'add_to_cart'],
  ['a6', minutes(12) + 15, 'purchase'],
  ['b1', minutes(11), 'visit', 'mobile'],
  ['b1', minutes(11) + 4, 'add_to_cart'],
  ['b1', minutes(11) + 8, 'purchase'],
  ['b2', minutes(11, 12), 'visit', 'desktop'],
  ['b2', minutes(11, 12) + 6, 'add_to_cart'],
  ['b2', minutes(11, 12) + 9, 'purchase'],
  ['b3', minutes(13), 'visit', 'mobile'],
  ['b3', minutes(13) + 3, 'add_to_cart'],
  ['b3', minutes(13) + 30, 'purchase'],
  ['b4', minutes(14), 'visit', 'mobile'],
  ['b4', minutes(14) + 2, 'add_to_cart'],
  ['b4', minutes(14) + 7, 'purchase'],
  ['b5', minutes(15), 'visit', 'desktop'],
  ['b5', minutes(15) + 8, 'add_to_cart'],
  ['b5', minutes(15) + 10, 'purchase'],
  ['b6', minutes(16), 'visit', 'mobile'],
  ['b6', minutes(16) + 1, 'add_to_cart'],
  ['b7', minutes(17), 'visit', 'desktop'],
  ['b8', minutes(18), 'visit', 'mobile'],
  ['n1', minutes(12), 'add_to_cart'],
];
const STEPS = ['visit', 'add_to_cart', 'purchase'];

function map(): Pick<JourneyMap, 'stages' | 'touchpoints' | 'kpis'> {
  const tp = (id: string, stage: string, event: string) => ({
    id,
    name: id,
    channel: 'website',
    kind: 'online' as const,
    source: 'quantitative' as const,
    stage,
    match: { event },
  });
  return {
    stages: ['browse', 'cart', 'buy'].map((id) => ({ id, name: id })),
    touchpoints: [
      tp('tp-visit', 'browse', 'visit'),
      tp('tp-cart', 'cart', 'add_to_cart'),
      tp('tp-buy', 'buy', 'purchase'),
    ],
    kpis: [
      { id: 'k-buy', name: 'Buy', stage: 'buy', metric: 'conversion', target: 0.6 },
      { id: 'k-cart', name: 'Cart', stage: 'cart', metric: 'conversion', target: 0.8 },
      { id: 'k-nps', name: 'NPS', stage: 'buy', metric: 'nps', target: 40 },
    ],
  };
}

/**
 * The comparison by its definition, customer by customer: the side from the first visit,
 * then the furthest chain of steps from any visit within seven days (latest entry on a tie)
 * and the minutes between its steps.
 */
function reference(sideOf: (first: Line) => 'a' | 'b' | null) {
  const out = {
    a: { reached: [0, 0, 0], gaps: [[], [], []] as number[][] },
    b: { reached: [0, 0, 0], gaps: [[], [], []] as number[][] },
  };
  for (const who of new Set(LINES.map((l) => l[0]))) {
    const events = LINES.filter((l) => l[0] === who);
    const first = events.find((l) => l[2] === 'visit');
    const side = first ? sideOf(first) : null;
    if (side === null) continue;
    let best: number[] = [];
    events.forEach((e, i) => {
      if (e[2] !== 'visit') return;
      const times = [e[1]];
      let at = i;
      for (let j = 1; j < STEPS.length; j++) {
        const next = events.findIndex((f, q) => q > at && f[2] === STEPS[j]);
        if (next < 0 || (events[next]?.[1] ?? 0) - e[1] > 7 * 1440) break;
        times.push(events[next]?.[1] ?? 0);
        at = next;
      }
      if (times.length >= best.length) best = times;
    });
    best.forEach((t, j) => {
      out[side].reached[j] = (out[side].reached[j] ?? 0) + 1;
      if (j > 0) out[side].gaps[j]?.push((t - (best[j - 1] ?? 0)) * 60);
    });
  }
  return out;
}

let store: DuckDbStore;
beforeAll(async () => {
  const dir = tempDir();
  const file = join(dir, 'shop.ndjson');
  const json = LINES.map(([who, minute, event, device]) =>
    JSON.stringify({
      timestamp: new Date(start + minute * 60_000).toISOString(),
      customer_id: who,
      event,
      ...(device ? { device } : {}),
    }),
  );
  writeFileSync(file, json.join('\n'));
  store = await openDuckDbStore(join(dir, 'ws'));
  expect(await importFiles(store, [file])).toMatchObject({ accepted: LINES.length, quarantined: 0 });
});
afterAll(() => store.close());

function expectMatches(
  result: Awaited<ReturnType<typeof compareMapPeriods>>,
  expected: ReturnType<typeof reference>,
) {
  result.stages.forEach((stage, i) => {
    for (const side of ['a', 'b'] as const) {
      const reached = expected[side].reached;
      expect(stage[side].customers).toBe(reached[i]);
      expect(stage[side].conversion).toBeCloseTo((reached[i] ?? 0) / (reached[0] ?? 1), 12);
      const gaps = expected[side].gaps[i] ?? [];
      expect(stage[side].medianSecondsFromPrevious).toBe(gaps.length === 0 ? null : median(gaps));
    }
    const a = expected.a.reached;
    const b = expected.b.reached;
    const d = proportionDifference(a[i] ?? 0, a[0] ?? 0, b[i] ?? 0, b[0] ?? 0);
    expect(stage.change.difference).toBeCloseTo(d.difference, 12);
    expect(stage.change.ci).toEqual(d.ci);
    expect(stage.change.significant).toBe(d.ci[0] > 0 || d.ci[1] < 0);
  });
}

describe('compareMapPeriods', () => {
  it('splits customers by the date of their first first-stage event', async () => {
    const result = await compareMapPeriods(store, { map: map(), split: { kind: 'date', at: AT } });
    const expected = reference((first) => (start + first[1] * 60_000 < Date.parse(AT) ? 'a' : 'b'));
    // worked by hand: before 6 visit, 4 cart, 3 buy; after 8, 6, 5 (a6 before, n1 nowhere)
    expect(expected.a.reached).toEqual([6, 4, 3]);
    expect(expected.b.reached).toEqual([8, 6, 5]);
    expect(result.stages.map((s) => [s.id, s.a.customers, s.b.customers])).toEqual([
      ['browse', 6, 8],
      ['cart', 4, 6],
      ['buy', 3, 5],
    ]);
    expectMatches(result, expected);
    // a5's purchase two days after her cart is the slowest step before the change
    expect(result.stages[2]?.a.medianSecondsFromPrevious).toBe(
      median([20, 10, 2 * 1440 - 60].map((m) => m * 60)),
    );
    expect(result.stages[0]?.change).toMatchObject({ difference: 0, significant: false });
  });

  it('judges conversion KPIs on B and skips the others', async () => {
    const result = await compareMapPeriods(store, { map: map(), split: { kind: 'date', at: AT } });
    // after: buy 5/8 = 0.625 ≥ 0.6 met; cart 6/8 = 0.75 < 0.8 missed
    expect(result.kpis).toEqual([
      { id: 'k-buy', name: 'Buy', stage: 'buy', target: 0.6, a: 0.5, b: 0.625, met: true },
      { id: 'k-cart', name: 'Cart', stage: 'cart', target: 0.8, a: 4 / 6, b: 0.75, met: false },
    ]);
  });

  it('splits customers into groups by a property of their first first-stage event', async () => {
    const split = { kind: 'groups', property: 'device', a: 'desktop', b: 'mobile' } as const;
    const result = await compareMapPeriods(store, { map: map(), split });
    const device = (first: Line) => (first[3] === 'desktop' ? 'a' : first[3] === 'mobile' ? 'b' : null);
    const expected = reference(device);
    // desktop a1 a4 a5 b2 b5 b7; mobile a2 a3 a6 (first visit on mobile) b1 b3 b4 b6 b8
    expect(expected.a.reached).toEqual([6, 4, 4]);
    expect(expected.b.reached).toEqual([8, 6, 4]);
    expectMatches(result, expected);
  });

  it('finds a significant change when the interval leaves out 0', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.ndjson');
    const lines: string[] = [];
    const line = (who: string, day: number, event: string) =>
      lines.push(
        JSON.stringify({
          timestamp: new Date(start + day * DAY + 60_000 * who.length).toISOString(),
          customer_id: who,
          event,
        }),
      );
    // before: 2 of 20 buy; after: 16 of 20
    for (let i = 0; i < 20; i++) {
      line(`old${i}`, 1, 'visit');
      if (i < 2) line(`old${i}`, 2, 'purchase');
      line(`new${i}`, 11, 'visit');
      if (i < 16) line(`new${i}`, 12, 'purchase');
    }
    writeFileSync(file, lines.join('\n'));
    const big = await openDuckDbStore(join(dir, 'ws'));
    try {
      await importFiles(big, [file]);
      const m = map();
      m.stages = [m.stages[0], m.stages[2]].filter((s) => s !== undefined);
      const result = await compareMapPeriods(big, { map: m, split: { kind: 'date', at: AT } });
      const d = proportionDifference(2, 20, 16, 20);
      expect(result.stages[1]?.change).toEqual({ difference: d.difference, ci: d.ci, significant: true });
      expect(d.ci[0]).toBeGreaterThan(0);
    } finally {
      big.close();
    }
  });

  it('names a bad split', async () => {
    await expect(
      compareMapPeriods(store, { map: map(), split: { kind: 'date', at: 'yesterday' } }),
    ).rejects.toMatchObject({ issues: [{ path: ['split', 'at'], message: 'Invalid ISO datetime' }] });
  });
});
