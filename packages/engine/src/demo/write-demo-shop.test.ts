import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIELDS } from './ndjson.ts';
import { TEST_UNTIL, tempDir } from './test-fixtures.ts';
import { writeDemoShop } from './write-demo-shop.ts';

type Line = Record<string, unknown> & { timestamp: string; event: string; score: number | null };

async function generate(customers: number, seed: number, until = TEST_UNTIL) {
  const summary = await writeDemoShop(tempDir(), { customers, seed, until });
  const text = readFileSync(summary.file, 'utf8');
  return { summary, text, lines: text.trimEnd().split('\n') };
}

describe('writeDemoShop', () => {
  let shop: Awaited<ReturnType<typeof generate>>;
  let events: Line[];
  beforeAll(async () => {
    shop = await generate(3000, 2024);
    events = shop.lines.map((line) => JSON.parse(line) as Line);
  });

  it('writes events.ndjson into a directory, or the file it is given', async () => {
    const dir = tempDir();
    expect((await writeDemoShop(dir, { customers: 2, until: TEST_UNTIL })).file).toBe(
      join(dir, 'events.ndjson'),
    );
    const nested = join(dir, 'new', 'demo');
    expect((await writeDemoShop(nested, { customers: 2, until: TEST_UNTIL })).file).toBe(
      join(nested, 'events.ndjson'),
    );
    const file = join(dir, 'shop.jsonl');
    expect((await writeDemoShop(file, { customers: 2, until: TEST_UNTIL })).file).toBe(file);
    expect(existsSync(file)).toBe(true);
  });

  it('gives byte-identical data for a seed, other data for another seed', async () => {
    const again = await generate(3000, 2024);
    expect(again.text).toBe(shop.text);
    expect((await generate(300, 2025)).text.slice(0, 2000)).not.toBe(shop.text.slice(0, 2000));
  });

  it('moves every time by the shift of `until` and changes nothing else', async () => {
    const shift = 36 * 3_600_000 + 1234;
    const later = await generate(200, 9, new Date(TEST_UNTIL.getTime() + shift));
    const earlier = await generate(200, 9);
    expect(later.lines).toHaveLength(earlier.lines.length);
    later.lines.forEach((line, i) => {
      const a = JSON.parse(line) as Line;
      const b = JSON.parse(earlier.lines[i] as string) as Line;
      expect(Date.parse(a.timestamp) - Date.parse(b.timestamp)).toBe(shift);
      expect({ ...a, timestamp: '' }).toEqual({ ...b, timestamp: '' });
    });
  });

  it('counts what it wrote; every line has every field and a time in the 90 days before `until`', () => {
    expect(shop.summary.events).toBe(events.length);
    expect(Object.values(shop.summary.segments).reduce((a, b) => a + b, 0)).toBe(3000);
    expect(Object.values(shop.summary.eventNames).reduce((a, b) => a + b, 0)).toBe(events.length);
    const from = TEST_UNTIL.getTime() - 90 * 86_400_000;
    const wrong = events.filter((event) => {
      const t = Date.parse(event.timestamp);
      return DEMO_FIELDS.some((field) => !(field in event)) || t < from || t > TEST_UNTIL.getTime();
    });
    expect(wrong).toEqual([]);
    expect(shop.summary.first).toBe(events.map((e) => e.timestamp).sort()[0]);
  });

  it('gives every customer age, region, device and the ground-truth _segment', () => {
    const devices = ['desktop', 'mobile', 'tablet'];
    const segments = ['careful-comparer', 'impulsive-app', 'store-visitor', 'bargain-hunter'];
    const wrong = events.filter(
      (e) =>
        typeof e.age !== 'number' ||
        typeof e.region !== 'string' ||
        !devices.includes(e.device as string) ||
        !segments.includes(e._segment as string),
    );
    expect(wrong).toEqual([]);
  });

  it('answers NPS 0–10, CSAT 1–5, CES 1–7 and reviews 1–5 in whole numbers, surveys saying where', () => {
    const scales: Record<string, [number, number, string | null]> = {
      survey_nps: [0, 10, 'nps'],
      survey_csat: [1, 5, 'csat'],
      survey_ces: [1, 7, 'ces'],
      review: [1, 5, null],
    };
    for (const [name, [min, max, question]] of Object.entries(scales)) {
      const answers = events.filter((e) => e.event === name);
      expect(answers.length, name).toBeGreaterThan(100);
      const off = answers.filter(
        (a) =>
          !Number.isInteger(a.score) ||
          (a.score as number) < min ||
          (a.score as number) > max ||
          (question !== null && a.question !== question),
      );
      expect(off, name).toEqual([]);
      expect(new Set(answers.map((a) => a.score)).size, name).toBe(max - min + 1);
    }
    expect(events.filter((e) => e.event === 'survey_csat').every((e) => e.stage === 'usage')).toBe(true);
    expect(events.filter((e) => e.event === 'survey_ces').every((e) => e.touchpoint === 'tp-checkout')).toBe(
      true,
    );
  });

  it('has hundreds of distinct texts in Russian, English and Chinese', () => {
    const texts = [...new Set(events.flatMap((e) => (typeof e.text === 'string' ? [e.text] : [])))];
    expect(texts.length).toBeGreaterThan(500);
    const cyrillic = texts.filter((t) => /[а-яё]/i.test(t));
    const chinese = texts.filter((t) => /\p{Script=Han}/u.test(t));
    const english = texts.filter((t) => /^[\x20-\x7e]+$/.test(t));
    for (const group of [cyrillic, chinese, english]) expect(group.length).toBeGreaterThan(100);
  });
});
