import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binarySample, chanceToBeat, posterior, welchTest } from '@opencjm/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../../test-helpers.ts';

/**
 * A new product page: 200 customers see the old one (control) and 20 of them buy; 200 see
 * the new one (b) and 50 buy, each purchase worth 40. Events are imported as NDJSON.
 */
function pageTest(): string {
  const lines: string[] = [];
  for (const [variant, buyers] of [
    ['control', 20],
    ['b', 50],
  ] as const) {
    for (let i = 0; i < 200; i++) {
      const who = `${variant}-${i}`;
      lines.push(
        JSON.stringify({ timestamp: '2026-04-01T10:00:00Z', customer_id: who, event: 'page_seen', variant }),
      );
      if (i < buyers) {
        lines.push(
          JSON.stringify({
            timestamp: '2026-04-02T10:00:00Z',
            customer_id: who,
            event: 'purchase',
            value: 40,
          }),
        );
      }
    }
  }
  return lines.join('\n');
}

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  writeFileSync(join(dir, 'test.ndjson'), pageTest());
  expect((await cjm(dir, 'import', 'test.ndjson')).code).toBe(0);
});

const args = ['analyze', 'experiment', '--exposure', 'page_seen', '--variant-property', 'variant'];

describe('cjm analyze experiment', () => {
  it('prints the variants, the sample-ratio check and the verdict as JSON', async () => {
    const run = await cjm(
      dir,
      ...args,
      '--control',
      'control',
      '--goal',
      'purchase',
      '--value',
      'value',
      '--json',
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(run.stdout);
    expect(result.variants[0]).toMatchObject({
      name: 'control',
      customers: 200,
      conversions: 20,
      rate: 0.1,
      lift: null,
      ci: null,
      pValue: null,
    });
    const b = result.variants[1];
    expect(b).toMatchObject({ name: 'b', customers: 200, conversions: 50, rate: 0.25 });
    expect(b.lift).toBeCloseTo(1.5, 12);
    expect(b.ci[0]).toBeLessThan(1.5);
    expect(b.ci[1]).toBeGreaterThan(1.5);
    expect(b.pValue).toBeCloseTo(welchTest(binarySample(20, 200), binarySample(50, 200))?.pValue ?? -1, 12);
    expect(b.chanceToWin).toBeCloseTo(chanceToBeat(posterior(20, 200), posterior(50, 200)), 12);
    expect(b.value.mean).toBeCloseTo(10, 12);
    expect(result.srm.pValue).toBeCloseTo(1, 12);
    expect(result.verdict).toMatchObject({ code: 'winner', variant: 'b' });
  });

  it('prints a table with the verdict in the language asked for', async () => {
    const run = await cjm(
      dir,
      ...args,
      '--control',
      'control',
      '--goal',
      'purchase',
      '--lang',
      'zh',
      '--mde',
      '0.1',
    );
    expect(run.code).toBe(0);
    // --lang zh: the verdict and the table speak Chinese
    expect(run.stdout).toMatch(/^版本 +客户 +转化 +转化率 +提升 +获胜概率$/m);
    expect(run.stdout).toMatch(/^control（对照） +200 +20 +10\.0%/m);
    expect(run.stdout).toMatch(/^b +200 +50 +25\.0% .* \+150\.0%/m);
    expect(run.stdout).toMatch(/“b”的转化优于“control”/);
    expect(run.stdout).toMatch(/提前查看/);
  });

  it('adds the intervals, p-values and sample-ratio p with --details', async () => {
    const run = await cjm(dir, ...args, '--control', 'control', '--goal', 'purchase', '--details');
    expect(run.stdout).toMatch(/^page_seen → purchase: p from two-sided Welch's t-test/m);
    expect(run.stdout).toMatch(
      /^Variant +Customers +Conv\. +Rate +95% CI +Lift +Lift 95% CI +p +p \(Holm\)/m,
    );
    expect(run.stdout).toMatch(
      /^sample ratio: p 1\.000; left out: 0 in several variants, 0 without a variant$/m,
    );
    const plain = await cjm(dir, ...args, '--control', 'control', '--goal', 'purchase');
    expect(plain.stdout).toMatch(/^the variants got the planned shares of customers; left out/m);
  });

  it('says clearly what is wrong', async () => {
    const unknown = await cjm(dir, ...args, '--control', 'old', '--goal', 'purchase');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/control "old": no customer's "page_seen" event has variant = "old"/);
    const badSplit = await cjm(
      dir,
      ...args,
      '--control',
      'control',
      '--goal',
      'purchase',
      '--split',
      'control=1,b',
    );
    expect(badSplit.code).not.toBe(0);
    expect(badSplit.stderr).toMatch(/"b" is not name=weight/);
  });
});
