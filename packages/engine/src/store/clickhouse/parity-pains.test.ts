import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectPains } from '../../insight/pains/detect.ts';
import type { Candidate } from '../../insight/pains/finding.ts';
import { stageReturnCandidates } from '../../insight/pains/stage-returns.ts';
import { visitCandidates } from '../../insight/pains/visits.ts';
import { customerFeatures } from '../../insight/personas/features.ts';
import { discoverPersonas } from '../../insight/personas/personas.ts';
import { sentimentScorer } from '../../insight/scorer.ts';
import { expectClose } from './expect-close.ts';
import { PARITY_FIXTURES, type PairedStores, type ParityFixture, pairedStores } from './parity-fixtures.ts';
import { clickHouseAvailable, startTestClickHouse, type TestClickHouse } from './test-server.ts';

// Pain detection and persona discovery on the same fixtures imported into DuckDB and into a real clickhouse-server:
// the whole answer must be DuckDB's, counts exactly, figures from sums of doubles to 1e-9.
describe.skipIf(!clickHouseAvailable())('ClickHouse detects the DuckDB pains and personas', () => {
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
        expectClose(await detectPains(ch, options), expected, 1e-9);
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
        expectClose(inOrder(await visitCandidates(ch, map, gap, repeats)), inOrder(visits), 1e-9);
        const returns = await stageReturnCandidates(duck, map, gap);
        expect(returns.some((c) => c.count > 0)).toBe(true);
        expect(inOrder(await stageReturnCandidates(ch, map, gap))).toEqual(inOrder(returns));
      }
    });

    it(`${fixture.name}: the customer features personas are clustered on, with and without a map`, async () => {
      const pair = stores.get(fixture.name);
      if (!pair) throw new Error(`fixture ${fixture.name} not loaded`);
      const { duck, ch } = pair;
      for (const map of [undefined, laptopPurchaseMap('en')]) {
        for (const attributes of [undefined, ['age', 'device', 'topic']]) {
          const options = { map, attributes, conversion: 'purch*', gapSeconds: 1800 };
          const expected = await customerFeatures(duck, options);
          // detected attributes, numeric and categorical, and customers with every feature
          expect(expected.attributes.some((a) => a.numeric)).toBe(true);
          expect(expected.attributes.some((a) => !a.numeric)).toBe(true);
          expect(expected.customers.some((c) => c.converted && c.median_dwell_us !== null)).toBe(true);
          expectClose(await customerFeatures(ch, options), expected, 1e-9);
        }
      }
    });

    it(`${fixture.name}: the full personas result, with and without a map`, async () => {
      const pair = stores.get(fixture.name);
      if (!pair) throw new Error(`fixture ${fixture.name} not loaded`);
      const { duck, ch } = pair;
      for (const options of [
        { map: laptopPurchaseMap('en'), members: true },
        { k: 3, language: 'ru' as const },
      ]) {
        const expected = await discoverPersonas(duck, options);
        expect(expected.clusters.length).toBeGreaterThan(1);
        expectClose(await discoverPersonas(ch, options), expected, 1e-9);
      }
    });
  }
});

// Attribute values the JSON text of properties makes hard to read without JSON functions:
// quotes, colons, commas and braces inside strings, escapes, other scripts, numbers with
// decimals, booleans and nulls.
const awkward: ParityFixture = {
  name: 'awkward-properties',
  files: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opencjm-parity-'));
    const plans = ['pro "annual": 12', 'basic, {monthly}', 'тариф «Б»', 'back\\slash\ttab', '中文'];
    const lines = Array.from({ length: 60 }, (_, i) =>
      JSON.stringify({
        timestamp: new Date(Date.UTC(2026, 0, 1 + (i % 9), i % 24, i)).toISOString(),
        event: i % 7 === 0 ? 'purchase' : 'page_view',
        user_id: `u${i % 12}`,
        channel: i % 3 === 0 ? 'web' : 'app',
        plan: plans[i % plans.length],
        score_x: (i % 5) * 1.5,
        vip: i % 2 === 0,
        note: i % 4 === 0 ? null : `n${i % 3}`,
      }),
    );
    writeFileSync(join(dir, 'events.ndjson'), `${lines.join('\n')}\n`);
    return {
      files: [join(dir, 'events.ndjson')],
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  options: {},
  funnels: [],
};

describe.skipIf(!clickHouseAvailable())('ClickHouse reads awkward customer attributes as DuckDB does', () => {
  let server: TestClickHouse;
  let pair: PairedStores | undefined;
  beforeAll(async () => {
    server = await startTestClickHouse();
    pair = await pairedStores(awkward, server.url, 'parity_awkward');
  }, 60_000);
  afterAll(async () => {
    await pair?.close();
    await server?.stop();
  });

  it('detects the same attributes and gives every customer the same latest values', async () => {
    if (!pair) throw new Error('fixture not loaded');
    const options = { conversion: 'purchase', gapSeconds: 1800 };
    const expected = await customerFeatures(pair.duck, options);
    expect(expected.attributes.map((a) => a.key).sort()).toEqual(['note', 'plan', 'score_x', 'vip']);
    expect(expected.customers.flatMap((c) => c.attributes)).toContain('pro "annual": 12');
    expectClose(await customerFeatures(pair.ch, options), expected, 1e-9);
  });
});

/** Candidates by kind and place: the stores return places in no particular order. */
function inOrder(candidates: Candidate[]): Candidate[] {
  const key = (c: Candidate) => `${c.kind} ${c.stage ?? ''} ${c.touchpoint ?? ''}`;
  return [...candidates].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
