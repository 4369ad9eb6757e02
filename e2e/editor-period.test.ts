/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** A day `days` before today, `YYYY-MM-DD` (UTC): the demo's data runs over the 90 days to now. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe.runIf(HAS_CHROMIUM)('the period of the figures on the map', () => {
  const env = useE2E();

  it('shows which days the figures cover, measures the chosen ones, and exports with data over them', async () => {
    const from = daysAgo(45);
    const through = daysAgo(16);
    const to = daysAgo(15); // the API's end excludes its day: the day after "Through"
    type Figures = { stages: Record<string, { customers: number }> };
    const figures = async (query: string) =>
      ((await (await env().api(`/api/maps/example-laptop-en/metrics${query}`)).json()) as Figures).stages
        .awareness?.customers ?? -1;
    const all = await figures('');
    const part = await figures(`?from=${from}&to=${to}`);
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(all);

    const { page, errors } = await env().open('/#/maps/example-laptop-en');
    await page.setViewportSize({ width: 1440, height: 900 });
    const awareness = page.getByRole('group', { name: 'Data for Awareness' });
    await expect.poll(() => awareness.textContent()).toContain(all.toLocaleString('en-US'));
    const summary = page.getByText('Figures: all time', { exact: true });
    await summary.waitFor();
    // in the toolbar's one row, beside the link to the data views
    const data = await page.getByRole('link', { name: 'Data', exact: true }).boundingBox();
    const box = await summary.boundingBox();
    expect(Math.abs((box?.y ?? 0) - (data?.y ?? 100))).toBeLessThan(8);

    await summary.click();
    const fields = page.getByRole('group', { name: 'Period of the figures on the map' });
    await fields.getByLabel('From').fill(from);
    await fields.getByLabel('Through').fill(through);
    await expect.poll(() => awareness.textContent()).toContain(part.toLocaleString('en-US'));
    const words = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
      new Date(`${from}T00:00:00Z`),
      new Date(`${through}T00:00:00Z`),
    );
    const chosen = page.locator('.figures-period summary');
    await expect
      .poll(async () => (await chosen.textContent())?.replace(/\s+/gu, ' '))
      .toBe(`Figures: ${words.replace(/\s+/gu, ' ')}`);
    await screenshot(page, 'editor-figures-period');
    await chosen.click(); // close the popover

    await page.locator('.export-menu summary').click();
    await page.getByRole('checkbox', { name: 'With data' }).check();
    await expect
      .poll(async () => (await page.locator('.export-with-data-period').textContent())?.replace(/\s+/gu, ' '))
      .toContain(`Period of the figures: ${words.replace(/\s+/gu, ' ')}`);
    await screenshot(page, 'editor-export-with-data-period');
    const markdown = await page.getByRole('link', { name: 'Download as Markdown' }).getAttribute('href');
    expect(markdown).toContain(`&withData=true&from=${from}&to=${to}`);
    const md = await (await env().api(markdown ?? '')).text();
    expect(md.replace(/[\u2009\u202f\u00a0]/gu, ' ')).toContain(
      `Period: ${words.replace(/[\u2009\u202f\u00a0]/gu, ' ')}`,
    );
    expect(md).toContain(`| ${part.toLocaleString('en-US')} |`);

    // back to all time
    await page.locator('.export-menu summary').click();
    await chosen.click();
    await fields.getByRole('button', { name: 'All time' }).click();
    await expect.poll(() => awareness.textContent()).toContain(all.toLocaleString('en-US'));
    await page.getByText('Figures: all time', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });
});
