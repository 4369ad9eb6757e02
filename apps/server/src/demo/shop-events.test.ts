import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laptopPurchaseMap, type MatchRule } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-helpers.ts';
import { writeShopEvents } from './shop-events.ts';

type Line = {
  event: string;
  url: string | null;
  timestamp: string;
  anonymous_id: string | null;
  email: string | null;
};

async function generate(seed: number) {
  const file = join(tempDir(), 'events.ndjson');
  const count = await writeShopEvents(file, {
    customers: 200,
    until: new Date('2026-03-01T00:00:00Z'),
    seed,
  });
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  return { count, text: lines.join('\n'), events: lines.map((line) => JSON.parse(line) as Line) };
}

function matches(rule: MatchRule | undefined, line: Line): boolean {
  if (rule?.event !== line.event) return false;
  if (rule.url === undefined) return true;
  const pattern = new RegExp(
    `^${rule.url
      .split('*')
      .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return pattern.test(line.url ?? '');
}

describe('writeShopEvents', () => {
  it('writes only events that a touchpoint of the example map measures', async () => {
    const { count, events } = await generate(1);
    expect(events).toHaveLength(count);
    const touchpoints = laptopPurchaseMap('en').touchpoints;
    const unmatched = events.filter((line) => !touchpoints.some((tp) => matches(tp.match, line)));
    expect(unmatched).toEqual([]);
    expect(new Set(events.map((line) => line.event))).toEqual(
      new Set(['ad_click', 'page_view', 'purchase', 'ticket', 'email_open']),
    );
  });

  it('keeps times within the 90 days before `until`', async () => {
    const { events } = await generate(1);
    const times = events.map((line) => Date.parse(line.timestamp));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse('2026-03-01T00:00:00Z'));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse('2025-12-01T00:00:00Z'));
  });

  it('gives the same data for the same seed', async () => {
    expect((await generate(7)).text).toBe((await generate(7)).text);
  });
});
