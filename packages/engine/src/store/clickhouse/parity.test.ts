import { laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dfg } from '../../analytics/dfg.ts';
import { dwell } from '../../analytics/dwell.ts';
import { funnel } from '../../analytics/funnel.ts';
import { outcomes } from '../../analytics/outcomes.ts';
import { pathFlow } from '../../analytics/paths-flow.ts';
import { topPaths } from '../../analytics/paths-top.ts';
import { timeline } from '../../analytics/timeline.ts';
import { variants } from '../../analytics/variants.ts';
import { bindingReport } from '../../binding/report.ts';
import { emotions } from '../../insight/emotions/emotions.ts';
import { sentimentScorer } from '../../insight/scorer.ts';
import { ces } from '../../insight/survey/ces.ts';
import { csat } from '../../insight/survey/csat.ts';
import { nps } from '../../insight/survey/nps.ts';
import { mapFigures } from '../../map-figures/map-figures.ts';
import { expectClose } from './expect-close.ts';
import { PARITY_FIXTURES, type PairedStores, pairedStores } from './parity-fixtures.ts';
import { chRows } from './store.ts';
import { clickHouseAvailable, startTestClickHouse, type TestClickHouse } from './test-server.ts';

// The same fixtures imported into DuckDB and into a real clickhouse-server: every analysis
// that runs on ClickHouse must give exactly DuckDB's JSON.
describe.skipIf(!clickHouseAvailable())('ClickHouse gives the DuckDB answers', () => {
  let server: TestClickHouse;
  const stores = new Map<string, PairedStores>();
  beforeAll(async () => {
    server = await startTestClickHouse();
    for (const [i, fixture] of PARITY_FIXTURES.entries()) {
      stores.set(fixture.name, await pairedStores(fixture, server.url, `parity_${i}`));
    }
  }, 60_000);
  afterAll(async () => {
    for (const s of stores.values()) await s.close();
    await server?.stop();
  });
  const pair = (name: string) => {
    const s = stores.get(name);
    if (!s) throw new Error(`fixture ${name} not loaded`);
    return s;
  };

  for (const fixture of PARITY_FIXTURES) {
    describe(fixture.name, () => {
      it('imports the same counts and stores the rows in ClickHouse tables', async () => {
        const { duckImport, chImport, ch, duck } = pair(fixture.name);
        const counts = (s: typeof duckImport) => [s.read, s.accepted, s.quarantined, s.duplicates];
        expect(counts(chImport)).toEqual(counts(duckImport));
        const stored = await chRows(
          ch,
          'SELECT count() AS n, uniqExact(customer_id) AS c FROM customer_events',
          null,
          z.object({ n: z.number(), c: z.number() }),
        );
        const local = (
          await duck.conn.runAndReadAll(
            'SELECT count(*)::INTEGER AS n, count(DISTINCT customer_id)::INTEGER AS c FROM customer_events',
          )
        ).getRowObjectsJS();
        expect(stored).toEqual(local);
      });

      it('funnels', async () => {
        const { duck, ch } = pair(fixture.name);
        for (const [i, steps] of fixture.funnels.entries()) {
          for (const window of i === 0 ? ['1h', '30d'] : ['30d']) {
            expect(await funnel(ch, { steps, window }), `${steps.join(' → ')} within ${window}`).toEqual(
              await funnel(duck, { steps, window }),
            );
          }
        }
      });

      it('funnel broken down by channel (groups with equal counts compared in value order)', async () => {
        const { duck, ch } = pair(fixture.name);
        const steps = fixture.funnels[0] ?? [];
        const sorted = (r: Awaited<ReturnType<typeof funnel>>) => ({
          ...r,
          breakdown: r.breakdown && {
            ...r.breakdown,
            groups: [...r.breakdown.groups].sort(
              (a, b) =>
                (b.steps[0]?.customers ?? 0) - (a.steps[0]?.customers ?? 0) ||
                String(a.value).localeCompare(String(b.value)),
            ),
          },
        });
        const args = { steps, window: '30d', breakdown: 'channel' };
        expect(sorted(await funnel(ch, args))).toEqual(sorted(await funnel(duck, args)));
      });

      it('directly-follows graphs by event and by channel', async () => {
        const { duck, ch } = pair(fixture.name);
        for (const by of ['event', 'channel'] as const) {
          expect(await dfg(ch, { by }), by).toEqual(await dfg(duck, { by }));
        }
      });

      it('variants, whole and collapsed, all and the top 5', async () => {
        const { duck, ch } = pair(fixture.name);
        for (const by of ['event', 'channel'] as const) {
          for (const collapse of [false, true]) {
            for (const limit of [undefined, 5]) {
              const o = { by, collapse, limit };
              expect(await variants(ch, o), JSON.stringify(o)).toEqual(await variants(duck, o));
            }
          }
        }
      });

      it('top paths and flows around an anchor, next and previous', async () => {
        const { duck, ch } = pair(fixture.name);
        expect(await topPaths(ch, { limit: 5 })).toEqual(await topPaths(duck, { limit: 5 }));
        const anchor = fixture.funnels[0]?.[0] ?? '';
        for (const direction of ['next', 'previous'] as const) {
          for (const collapse of [false, true]) {
            const o = { anchor, direction, collapse, depth: 3, top: 3 };
            expect(await pathFlow(ch, o), JSON.stringify(o)).toEqual(await pathFlow(duck, o));
          }
        }
        const byChannel = { anchor: 'nothing-has-this-name', by: 'channel' as const };
        expect(await pathFlow(ch, byChannel)).toEqual(await pathFlow(duck, byChannel));
      });

      it('over a period: funnel, dfg, variants, top paths, flows and dwell read only its events', async () => {
        const { duck, ch } = pair(fixture.name);
        // bounds on the instants of stored events: one read (from is included), one not (to is excluded)
        const Bounds = z.object({ a: z.string(), b: z.string() });
        const { a, b } = Bounds.parse(
          (
            await duck.conn.runAndReadAll(
              `SELECT strftime(quantile_disc(ts, 0.3) AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS a,
                 strftime(quantile_disc(ts, 0.8) AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS b FROM events`,
            )
          ).getRowObjectsJS()[0],
        );
        const steps = fixture.funnels[0] ?? [];
        const anchor = steps[0] ?? '';
        for (const period of [{ from: a }, { to: b }, { from: a, to: b }]) {
          const at = JSON.stringify(period);
          expect(await funnel(ch, { steps, window: '30d', period }), at).toEqual(
            await funnel(duck, { steps, window: '30d', period }),
          );
          for (const by of ['event', 'channel'] as const) {
            expect(await dfg(ch, { by, period }), `dfg ${by} ${at}`).toEqual(await dfg(duck, { by, period }));
            expect(await dwell(ch, { by, period }), `dwell ${by} ${at}`).toEqual(
              await dwell(duck, { by, period }),
            );
          }
          expect(await variants(ch, { limit: 5, period }), at).toEqual(
            await variants(duck, { limit: 5, period }),
          );
          expect(await topPaths(ch, { limit: 5, period }), at).toEqual(
            await topPaths(duck, { limit: 5, period }),
          );
          const flow = { anchor, direction: 'next' as const, depth: 3, top: 3, period };
          expect(await pathFlow(ch, flow), at).toEqual(await pathFlow(duck, flow));
        }
        // a period changes the answer: the whole log and the cut one differ
        expect(await dfg(ch, { period: { from: a, to: b } })).not.toEqual(await dfg(ch, {}));
      });

      it('outcomes over the whole journey and within a span', async () => {
        const { duck, ch } = pair(fixture.name);
        const outcome = fixture.funnels[0]?.at(-1) ?? '';
        for (const within of [undefined, '1d']) {
          for (const by of ['event', 'channel'] as const) {
            const o = { outcome, within, by };
            expect(await outcomes(ch, o), JSON.stringify(o)).toEqual(await outcomes(duck, o));
          }
        }
      });

      it('timelines of a few customers, by stitched id and by another of their identifiers', async () => {
        const { duck, ch, duckImport, chImport } = pair(fixture.name);
        const Pick = z.object({ id: z.string() });
        // each store names its own import; the rest must be equal
        const sameImport = (r: Awaited<ReturnType<typeof timeline>>, importId: string) => ({
          ...r,
          events: r.events.map((e) => ({
            ...e,
            importId: e.importId === importId ? 'the import' : e.importId,
          })),
        });
        const some = (
          await duck.conn.runAndReadAll(
            `SELECT id FROM (SELECT DISTINCT customer_id AS id FROM customer_events UNION
               SELECT identifier FROM identity) ORDER BY hash(id) LIMIT 4`,
          )
        )
          .getRowObjectsJS()
          .map((r) => Pick.parse(r).id);
        expect(some.length).toBeGreaterThan(0);
        for (const customer of some) {
          expect(sameImport(await timeline(ch, { customer }), chImport.importId), customer).toEqual(
            sameImport(await timeline(duck, { customer }), duckImport.importId),
          );
        }
        await expect(timeline(ch, { customer: 'email:nobody@example.com' })).rejects.toMatchObject({
          code: 'unknown-customer',
        });
      });

      if (fixture.map)
        it('over a map: funnel by stages, dfg, variants, dwell, flows and outcomes by touchpoint and stage', async () => {
          const { duck, ch } = pair(fixture.name);
          const { map, anchor } = fixture.map ?? { map: undefined, anchor: '' };
          expect(await funnel(ch, { map, window: '30d' })).toEqual(
            await funnel(duck, { map, window: '30d' }),
          );
          // and over a period: the map binds only the period's events
          const period = { from: '2025-12-01', to: '2026-02-01T00:00:00+03:00' };
          const cut = await funnel(ch, { map, window: '30d', period });
          expect(cut.steps[0]?.customers).toBeGreaterThan(0);
          expect(cut).toEqual(await funnel(duck, { map, window: '30d', period }));
          expect(await dfg(ch, { by: 'stage', map, period })).toEqual(
            await dfg(duck, { by: 'stage', map, period }),
          );
          for (const by of ['touchpoint', 'stage'] as const) {
            expect(await dfg(ch, { by, map }), `dfg ${by}`).toEqual(await dfg(duck, { by, map }));
            expect(await variants(ch, { by, map, limit: 10 }), `variants ${by}`).toEqual(
              await variants(duck, { by, map, limit: 10 }),
            );
            expect(await dwell(ch, { by, map }), `dwell ${by}`).toEqual(await dwell(duck, { by, map }));
          }
          const flow = { anchor, by: 'touchpoint' as const, map, depth: 3, top: 4 };
          expect(await pathFlow(ch, flow)).toEqual(await pathFlow(duck, flow));
          const outcome = { outcome: 'purchase', map, within: '30d' };
          expect(await outcomes(ch, outcome)).toEqual(await outcomes(duck, outcome));
        });

      if (fixture.map)
        it('over a map: binding report, emotion curve and the map figures the editor shows', async () => {
          const { duck, ch } = pair(fixture.name);
          const { map } = fixture.map ?? { map: undefined };
          if (!map) return;
          expect(await bindingReport(ch, map)).toEqual(await bindingReport(duck, map));
          const curve = { map, scorer: sentimentScorer };
          // Means of answers and sentiment are sums of doubles, added in each store's own row
          // order: equal but for the last bits, so numbers are compared to 1e-12 here.
          expectClose(await emotions(ch, curve), await emotions(duck, curve));
          const full = laptopPurchaseMap('en');
          expectClose(await mapFigures(ch, full, '7d'), await mapFigures(duck, full, '7d'));
        });

      it('survey metrics NPS, CSAT and CES, overall and by channel (and by stage and touchpoint with the map)', async () => {
        const { duck, ch } = pair(fixture.name);
        // the demo shop has answers of all three; the process logs have none
        if (fixture.map) expect((await nps(duck)).overall.n).toBeGreaterThan(0);
        for (const map of [undefined, fixture.map?.map]) {
          // means and deviations are sums of doubles: compared to 1e-12, counts exactly
          expectClose(await nps(ch, { map }), await nps(duck, { map }));
          expectClose(await csat(ch, { map }), await csat(duck, { map }));
          expectClose(await ces(ch, { map }), await ces(duck, { map }));
        }
      });

      it('dwell by channel and by event', async () => {
        const { duck, ch } = pair(fixture.name);
        for (const by of ['channel', 'event'] as const) {
          for (const gap of ['30m', '7d']) {
            expect(await dwell(ch, { by, gap }), `${by} ${gap}`).toEqual(await dwell(duck, { by, gap }));
          }
        }
      });
    });
  }
});
