import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mean, sampleVariance } from 'simple-statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../import/import-files.ts';
import { tempDir } from '../import/test-fixtures.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { experiment } from './experiment.ts';
import { welchTest } from './welch.ts';

/**
 * A checkout test in the shop: ten customers see the old checkout (control), ten the new
 * one (b). Two control customers buy within a day (100 and 50); c3 bought before she saw
 * the test. Five b customers buy within two days (120, 80, 60, 40, 100); b6 buys ten days
 * later. Every purchase is one item but c1's two and b6's three. Mia is shown both checkouts; Uma's exposure names no variant.
 */
function checkoutStory(): string {
  const lines: Record<string, string | number>[] = [];
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 2, 1 + day, hour)).toISOString();
  const see = (who: string, hour: number, variant?: string) =>
    lines.push({
      timestamp: at(0, hour),
      customer_id: who,
      event: 'checkout_seen',
      ...(variant ? { variant } : {}),
    });
  const buy = (who: string, day: number, revenue: number, items = 1) => {
    lines.push({ timestamp: at(day, 12), customer_id: who, event: 'purchase', revenue, items });
  };
  buy('c3', -3, 70);
  for (let i = 1; i <= 10; i++) see(`c${i}`, i, 'control');
  for (let i = 1; i <= 10; i++) see(`b${i}`, i, 'b');
  buy('c1', 1, 100, 2);
  buy('c2', 1, 50);
  for (const [i, revenue] of [120, 80, 60, 40, 100].entries()) buy(`b${i + 1}`, 2, revenue);
  buy('b6', 10, 90, 3);
  see('mia', 11, 'control');
  see('mia', 12, 'b');
  buy('mia', 1, 30);
  see('uma', 11);
  return lines.map((l) => JSON.stringify(l)).join('\n');
}

let store: DuckDbStore;
beforeAll(async () => {
  const dir = tempDir();
  const file = join(dir, 'checkout.ndjson');
  writeFileSync(file, checkoutStory());
  store = await openDuckDbStore(join(dir, 'ws'));
  const summary = await importFiles(store, [file]);
  expect(summary).toMatchObject({ accepted: 33, quarantined: 0 });
});
afterAll(() => store.close());

const base = { exposure: 'checkout_seen', variantProperty: 'variant', control: 'control', goal: 'purchase' };

describe('experiment from imported events', () => {
  it('counts customers and conversions per variant within the window', async () => {
    const result = await experiment(store, { ...base, window: '7d', value: 'value' });
    expect(result.variants.map((v) => [v.name, v.customers, v.conversions])).toEqual([
      ['control', 10, 2],
      ['b', 10, 5],
    ]);
    expect(result.excluded).toEqual({ mixed: 1, unlabelled: 1 });
    const [control, b] = result.variants;
    expect(control).toMatchObject({ rate: 0.2, pValue: null, chanceToWin: null, lift: null, ci: null });
    expect(b?.lift).toBeCloseTo(1.5, 12);
    // the same test from each customer's 0/1 outcome
    const zeroOne = (k: number) => Array.from({ length: 10 }, (_, i) => (i < k ? 1 : 0));
    const sample = (xs: number[]) => ({ n: xs.length, mean: mean(xs), variance: sampleVariance(xs) });
    expect(b?.pValue).toBeCloseTo(welchTest(sample(zeroOne(2)), sample(zeroOne(5)))?.pValue ?? -1, 12);
    expect(b?.adjustedPValue).toBe(b?.pValue);
    expect(b?.chanceToWin).toBeGreaterThan(0.9);
    // value per exposed customer: control 150/10, b 400/10
    const controlRevenue = [100, 50, 0, 0, 0, 0, 0, 0, 0, 0];
    const bRevenue = [120, 80, 60, 40, 100, 0, 0, 0, 0, 0];
    expect(control?.value?.mean).toBeCloseTo(15, 12);
    expect(b?.value?.mean).toBeCloseTo(40, 12);
    expect(b?.value?.pValue).toBeCloseTo(
      welchTest(sample(controlRevenue), sample(bRevenue))?.pValue ?? -1,
      10,
    );
    expect(result.srm.pValue).toBeCloseTo(1, 12);
    expect(result.verdict.code).toBe('no-difference');
    expect(result.verdict.text.en).toMatch(/No variant differs from “control”/);
  });

  it('counts the late purchase without a window, and warns when read before the plan', async () => {
    const result = await experiment(store, { ...base, plannedSample: 500 });
    expect(result.variants[1]?.conversions).toBe(6);
    expect(result.planning).toMatchObject({ plannedSample: 500, readEarly: true });
    expect(result.verdict.text.ru).toMatch(/запланированных 500 клиентов/);
    expect(result.variants[0]?.value).toBeNull();
    // a property as the value: items bought, control (2 + 1)/10, b (5 + 3)/10
    const items = await experiment(store, { ...base, value: 'items' });
    expect(items.variants.map((v) => v.value?.mean)).toEqual([0.3, 0.8]);
  });

  it('names the variants seen when the control is not among them', async () => {
    await expect(experiment(store, { ...base, control: 'old' })).rejects.toThrow(
      /control "old": no customer's "checkout_seen" event has variant = "old" \(variants seen: "(b|control)", "(b|control)"\)/,
    );
    await expect(experiment(store, { ...base, split: { control: 1 } })).rejects.toThrow(
      /split: no planned weight for variant "b"/,
    );
  });
});
