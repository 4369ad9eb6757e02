import { laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectPains } from '../../insight/pains/detect.ts';
import type { Candidate } from '../../insight/pains/finding.ts';
import { stageReturnCandidates } from '../../insight/pains/stage-returns.ts';
import { visitCandidates } from '../../insight/pains/visits.ts';
import { sentimentScorer } from '../../insight/scorer.ts';
import { PARITY_FIXTURES, type PairedStores, pairedStores } from './parity-fixtures.ts';
import { clickHouseAvailable, startTestClickHouse, type TestClickHouse } from './test-server.ts';

// Pain detection on the same fixtures imported into DuckDB and into a real clickhouse-server:
// the whole answer must be DuckDB's, counts exactly, figures from sums of doubles to 1e-9.
describe.skipIf(!clickHouseAvailable())('ClickHouse detects the DuckDB pains', () => {
  let server: TestClickHouse;
  const stores = new Map<string, PairedStores>();
  // the demo shop: its events are bound by the laptop purchase map
  const mapped = PARITY_FIXTURES.filter((f) => f.name === 'demo-shop');
  beforeAll(async () => {
    server = await startTestClickHouse();
    for (const [i, fixture] of mapped.entries()) {
      stores.set(fixture.name, await pairedStores(fixture, server.url, `parity_pains_${i}`));
    }
  }, 60_000);
  afterAll(async () => {
    for (const s of stores.values()) await s.close();
    await server?.stop();
  });

  for (const fixture of mapped) {
    it(`${fixture.name}: the full pains result, with and without sentiment, for two session gaps`, async () => {
      const pair = stores.get(fixture.name);
      if (!pair) throw new Error(`fixture ${fixture.name} not loaded`);
      const { duck, ch } = pair;
      // the journey map (with its cards and language) the demo shop's binding map comes from
      const map = laptopPurchaseMap('en');
      for (const options of [
        { map, scorer: sentimentScorer },
        { map, gap: '5m', repeats: 2, minSample: 1, alpha: 0.5 },
      ]) {
        const expected = await detectPains(duck, options);
        // the fixture has findings of several kinds, so the comparison is not of empty lists
        if (options.scorer) expect(new Set(expected.findings.map((f) => f.kind)).size).toBeGreaterThan(1);
        expectClose(await detectPains(ch, options), expected);
      }
    });

    it(`${fixture.name}: every visit and stage-return candidate, not only the findings kept`, async () => {
      const pair = stores.get(fixture.name);
      const map = fixture.map?.map;
      if (!pair || !map) throw new Error(`fixture ${fixture.name} not loaded`);
      const { duck, ch } = pair;
      for (const [gap, repeats] of [
        [1800, 3],
        [300, 2],
        [7 * 86_400, 3],
      ] as const) {
        const visits = await visitCandidates(duck, map, gap, repeats);
        expect(visits.some((c) => c.count > 0)).toBe(true);
        expectClose(inOrder(await visitCandidates(ch, map, gap, repeats)), inOrder(visits));
        const returns = await stageReturnCandidates(duck, map, gap);
        expect(returns.some((c) => c.count > 0)).toBe(true);
        expect(inOrder(await stageReturnCandidates(ch, map, gap))).toEqual(inOrder(returns));
      }
    });
  }
});

/** Candidates by kind and place: the stores return places in no particular order. */
function inOrder(candidates: Candidate[]): Candidate[] {
  const key = (c: Candidate) => `${c.kind} ${c.stage ?? ''} ${c.touchpoint ?? ''}`;
  return [...candidates].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Deep equality where numbers may differ by 1e-9 relative (sums of doubles in another order). */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number' && !Number.isInteger(expected)) {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object') {
    expect(Object.keys(actual), path).toEqual(Object.keys(expected));
    for (const [key, value] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}
