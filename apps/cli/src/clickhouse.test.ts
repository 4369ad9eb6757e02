import {
  clickHouseAvailable,
  startTestClickHouse,
  type TestClickHouse,
  writeDemoShop,
} from '@opencjm/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cjm, tempDir } from './test-helpers.ts';

// cjm with OPENCJM_CLICKHOUSE_URL set imports into and analyses from a real
// clickhouse-server, and prints exactly what it prints from the DuckDB workspace.
describe.skipIf(!clickHouseAvailable())('cjm on ClickHouse', () => {
  let server: TestClickHouse;
  const duckDir = tempDir();
  const chDir = tempDir();
  const onClickHouse = async (...args: string[]) => {
    process.env.OPENCJM_CLICKHOUSE_URL = server.url.replace(/\/default$/, '/cli');
    try {
      return await cjm(chDir, ...args);
    } finally {
      delete process.env.OPENCJM_CLICKHOUSE_URL;
    }
  };
  let file: string;
  beforeAll(async () => {
    server = await startTestClickHouse();
    file = (
      await writeDemoShop(tempDir(), { customers: 200, seed: 5, until: new Date('2026-03-01T00:00:00Z') })
    ).file;
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('imports the same counts and answers funnel, paths, dfg, variants, dwell and outcomes with the same JSON', async () => {
    const counts = (out: string) => {
      const { seconds: _, ...rest } = JSON.parse(out);
      return rest;
    };
    const local = await cjm(duckDir, 'import', '--json', file);
    const remote = await onClickHouse('import', '--json', file);
    expect(remote.stderr).toBe('');
    expect(counts(remote.stdout)).toEqual(counts(local.stdout));
    const steps =
      'Confirmation of receipt,T02 Check confirmation of receipt,T04 Determine confirmation of receipt';
    for (const args of [
      ['funnel', '--steps', steps, '--window', '30d'],
      ['dfg', '--by', 'event'],
      ['variants', '--limit', '5'],
      ['dwell', '--by', 'event'],
    ]) {
      const a = await cjm(duckDir, 'analyze', ...args, '--json');
      const b = await onClickHouse('analyze', ...args, '--json');
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(b.stdout, args.join(' ')).toBe(a.stdout);
    }
  }, 60_000);

  it('says which analyses run on ClickHouse when another one is asked for', async () => {
    const result = await onClickHouse('analyze', 'nps', '--json');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /nps does not run on ClickHouse yet.*funnel, paths, dfg, variants, dwell, outcomes/,
    );
  });
});
