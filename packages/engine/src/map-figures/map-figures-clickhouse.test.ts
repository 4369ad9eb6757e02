import { laptopPurchaseMap } from '@opencjm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindingReport } from '../binding/report.ts';
import { emotions } from '../insight/emotions/emotions.ts';
import { sentimentScorer } from '../insight/scorer.ts';
import { expectClose } from '../store/clickhouse/expect-close.ts';
import { PARITY_FIXTURES, type PairedStores, pairedStores } from '../store/clickhouse/parity-fixtures.ts';
import {
  clickHouseAvailable,
  startTestClickHouse,
  type TestClickHouse,
} from '../store/clickhouse/test-server.ts';
import { mapFigures } from './map-figures.ts';

// The demo shop imported into DuckDB and into a real clickhouse-server: the map figures over
// a period, and the binding report and emotion curve under them, are DuckDB's on ClickHouse.
describe.skipIf(!clickHouseAvailable())('map figures over a period on ClickHouse', () => {
  let server: TestClickHouse;
  let stores: PairedStores;
  beforeAll(async () => {
    server = await startTestClickHouse();
    const shop = PARITY_FIXTURES.find((f) => f.name === 'demo-shop');
    if (!shop) throw new Error('no demo-shop parity fixture');
    stores = await pairedStores(shop, server.url, 'map_figures_period');
  }, 120_000);
  afterAll(async () => {
    await stores?.close();
    await server?.stop();
  });

  it('give DuckDB’s figures, fewer than all time', async () => {
    const { duck, ch } = stores;
    const map = laptopPurchaseMap('en');
    // the shop's data ends 2026-03-01; these bounds cut it inside
    const period = { from: '2026-01-15', to: '2026-02-10T12:00:00+03:00' };
    expect(await bindingReport(ch, map, 50, period)).toEqual(await bindingReport(duck, map, 50, period));
    const curve = { map, scorer: sentimentScorer, period };
    expectClose(await emotions(ch, curve), await emotions(duck, curve));
    const cut = await mapFigures(ch, map, '7d', period);
    expectClose(cut, await mapFigures(duck, map, '7d', period));
    const first = map.stages[0]?.id ?? '';
    const whole = await mapFigures(ch, map, '7d');
    expect(cut.stages[first]?.customers).toBeGreaterThan(0);
    expect(Object.values(cut.stages).some((s) => s.emotionN > 0)).toBe(true);
    expect(cut.stages[first]?.customers).toBeLessThan(whole.stages[first]?.customers ?? 0);
  });
});
