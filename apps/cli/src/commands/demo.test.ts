import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PLANTED_PROBLEMS } from '@opencjm/engine';
import { describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../test-helpers.ts';

describe('cjm demo', () => {
  it('writes example maps in three languages that validate and differ only in text', async () => {
    const dir = tempDir();
    const result = await cjm(dir, 'demo', '--workspace', 'ws');
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'ws', 'maps')).sort()).toEqual([
      'laptop-purchase.en.yaml',
      'laptop-purchase.ru.yaml',
      'laptop-purchase.zh.yaml',
    ]);
    const maps = ['ru', 'en', 'zh'].map((l) => `ws/maps/laptop-purchase.${l}.yaml`);
    expect((await cjm(dir, 'validate', ...maps)).code).toBe(0);
    const { changes } = JSON.parse(
      (await cjm(dir, 'diff', maps[0] as string, maps[2] as string, '--json')).stdout,
    );
    expect(changes.every((c: { kind: string }) => c.kind === 'changed')).toBe(true);
  });
});

describe('cjm demo generate', () => {
  it('writes the shop events, the maps that measure them and a README; the events import', async () => {
    const dir = tempDir();
    const args = ['--customers', '150', '--seed', '3', '--until', '2026-03-01'];
    const result = await cjm(dir, 'demo', 'generate', '-o', 'shop', ...args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(join(dir, 'shop')).sort()).toEqual([
      'README.md',
      'events.ndjson',
      'map.en.yaml',
      'map.ru.yaml',
      'map.zh.yaml',
    ]);
    expect(result.stdout).toMatch(
      /^OpenCJM demo shop: 150 customers, [\d,]+ events \(2025-12-\d\d … 2026-02-\d\d\)/,
    );
    expect(result.stdout).toContain('npx cjm import shop/events.ndjson --workspace shop/workspace');
    expect(result.stdout).toContain(
      'npx cjm analyze funnel --map shop/map.en.yaml --workspace shop/workspace',
    );
    const readme = readFileSync(join(dir, 'shop', 'README.md'), 'utf8');
    for (const problem of DEMO_PLANTED_PROBLEMS) expect(readme).toContain(problem.id);
    expect(
      (await cjm(dir, 'validate', 'shop/map.ru.yaml', 'shop/map.en.yaml', 'shop/map.zh.yaml')).code,
    ).toBe(0);

    const events = readFileSync(join(dir, 'shop', 'events.ndjson'), 'utf8')
      .trimEnd()
      .split('\n').length;
    const imported = await cjm(dir, 'import', 'shop/events.ndjson', '--workspace', 'ws', '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ read: events, accepted: events, quarantined: 0 });
    const again = await cjm(tempDir(), 'demo', 'generate', '-o', join(dir, 'again'), ...args);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again', 'events.ndjson'), 'utf8')).toBe(
      readFileSync(join(dir, 'shop', 'events.ndjson'), 'utf8'),
    );
  });

  it('explains itself and refuses bad options', async () => {
    const dir = tempDir();
    const help = await cjm(dir, 'demo', 'generate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--customers <n>');
    expect(help.stdout).toContain('--until <iso>');
    expect((await cjm(dir, 'demo', '--help')).stdout).toContain('generate');
    expect((await cjm(dir, 'demo', 'generate')).code).not.toBe(0);
    const zero = await cjm(dir, 'demo', 'generate', '-o', 'x', '--customers', '0');
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toContain('expected a whole number');
    const when = await cjm(dir, 'demo', 'generate', '-o', 'x', '--until', 'yesterday');
    expect(when.stderr).toContain('expected an ISO date');
  });
});
