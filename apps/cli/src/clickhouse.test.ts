import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { laptopPurchaseMap } from '@opencjm/core';
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

  it('imports the same counts and answers the analyses that run there with the same JSON', async () => {
    const counts = (out: string) => {
      const { seconds: _, ...rest } = JSON.parse(out);
      return rest;
    };
    const local = await cjm(duckDir, 'import', '--json', file);
    const remote = await onClickHouse('import', '--json', file);
    expect(remote.stderr).toBe('');
    expect(counts(remote.stdout)).toEqual(counts(local.stdout));
    const map = join(duckDir, 'map.json');
    writeFileSync(map, JSON.stringify(laptopPurchaseMap('en')));
    for (const args of [
      ['funnel', '--steps', 'page_view,add_to_cart,purchase', '--window', '7d'],
      ['funnel', '--map', map],
      ['paths', '--from', 'page_view'],
      ['paths', '--limit', '3'],
      ['dfg', '--by', 'channel'],
      ['dfg', '--by', 'stage', '--map', map],
      ['variants', '--limit', '5'],
      ['dwell'],
      ['dwell', '--map', map],
      ['outcomes', '--outcome', 'purchase', '--within', '7d'],
      ['timeline', 'anonymous_id:dev-0000001'],
      ['csat'],
      ['unmatched', '--map', map],
      ['sentiment', '--map', map],
      ['themes', '--map', map],
      ['pains', '--map', map],
      ['personas', '--map', map],
      ['personas', '--k', '3'],
    ]) {
      const a = await cjm(duckDir, 'analyze', ...args, '--json');
      const b = await onClickHouse('analyze', ...args, '--json');
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      // each store names its own import (a timeline shows it); nothing else may differ
      const same = (out: string) => out.replace(/imp_\w+/g, 'the import');
      expect(same(b.stdout), args.join(' ')).toBe(same(a.stdout));
      expect(a.stdout.length, args.join(' ')).toBeGreaterThan(50);
    }
    // the emotion curve sums scores in another row order there: equal to 1e-9
    const rounded = (out: string) =>
      JSON.parse(out, (_key, value) => (typeof value === 'number' ? Number(value.toPrecision(9)) : value));
    const a = await cjm(duckDir, 'analyze', 'emotions', '--map', map, '--json');
    const b = await onClickHouse('analyze', 'emotions', '--map', map, '--json');
    expect(b.code, b.stderr).toBe(0);
    expect(rounded(b.stdout)).toEqual(rounded(a.stdout));
    expect(rounded(a.stdout).overall.n).toBeGreaterThan(0);
  }, 60_000);

  it('says which analyses run on ClickHouse when another one is asked for', async () => {
    const result = await onClickHouse(
      'analyze',
      'attribution',
      '--conversion',
      'purchase',
      '--model',
      'last',
      '--json',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /attribution does not run on ClickHouse yet.*funnel, paths, dfg, .*, csat, ces, emotions, unmatched, sentiment, themes, pains, personas/,
    );
  });
});
