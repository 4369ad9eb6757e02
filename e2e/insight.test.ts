/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E, waitSaved } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** The English demo map; its events include surveys, texts and planted problems. */
const MAP = 'example-laptop-en';
const PAINS = 'Pain points found in the data, most severe first';

/** The findings of the pains panel, once loaded. */
async function painList(page: Page) {
  const list = page.getByRole('list', { name: PAINS });
  await list.waitFor({ timeout: 30_000 });
  return list.getByRole('listitem');
}

describe.runIf(HAS_CHROMIUM)('customer insight', () => {
  const env = useE2E();

  it('accepts the first pain point into the pains lane, undoably, and keeps it after a reload', async () => {
    const { page, errors } = await env().open(`/#/maps/${MAP}`);
    const findings = await painList(page);
    expect(await findings.count()).toBeGreaterThanOrEqual(1);
    const first = findings.first();
    const text = (await first.getByLabel('Proposed card').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(0);
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, 'insight-pains-panel');

    await first.getByRole('button', { name: /^Accept pain point/ }).click();
    const card = page
      .getByRole('group', { name: /^Pains × / })
      .getByRole('listitem', { name: `Card: ${text}` });
    await card.waitFor();
    await first.getByText('✓ On the map').waitFor();

    await page.getByRole('button', { name: 'Undo' }).click();
    await card.waitFor({ state: 'detached' });
    await first.getByRole('button', { name: /^Accept pain point/ }).waitFor();
    await page.getByRole('button', { name: 'Redo' }).click();
    await card.waitFor();
    await waitSaved(page);
    await screenshot(page, 'insight-pain-accepted');

    await page.reload();
    await page
      .getByRole('group', { name: /^Pains × / })
      .getByRole('listitem', { name: `Card: ${text}` })
      .waitFor();
    const again = await painList(page);
    await again.first().getByText('✓ On the map').waitFor();
    expect(errors).toEqual([]);
  });

  it('hides a rejected pain point, remembers it across a reload and restores it', async () => {
    const { page, errors } = await env().open('/#/maps/example-laptop-ru');
    const findings = await painList(page);
    const before = await findings.count();
    const first = findings.first();
    const name = (await first.getByRole('heading').textContent()) ?? '';
    await first.getByRole('button', { name: /^Reject pain point/ }).click();
    await expect.poll(() => findings.count()).toBe(before - 1);

    await page.reload();
    const showRejected = page.getByRole('checkbox', { name: 'Show rejected (1)' });
    await showRejected.check();
    const rejected = (await painList(page)).filter({ hasText: name }).first();
    await rejected.getByRole('button', { name: /^Restore pain point/ }).click();
    await expect.poll(async () => (await painList(page)).count()).toBe(before);
    await expect.poll(() => showRejected.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lays the curve from data over the drawn one, with n and the interval of each point', async () => {
    const { page, errors } = await env().open(`/#/maps/${MAP}`);
    await page.getByRole('checkbox', { name: 'Curve from data' }).check();
    const point = page.getByRole('img', { name: /, from data: .*; n = \d/ }).first();
    await point.waitFor();
    expect(await point.getAttribute('aria-label')).toMatch(/95% interval/);
    await screenshot(page, 'insight-data-curve');
    expect(errors).toEqual([]);
  });

  it('shows survey metrics, feedback and the emotion curve from data', async () => {
    const { page, errors } = await env().open(`/#/maps/${MAP}/data`);
    await page.getByRole('tab', { name: 'Survey' }).click();
    const nps = page.getByRole('region', { name: 'NPS', exact: true });
    await expect
      .poll(() => nps.locator('.stat-value').textContent(), { timeout: 30_000 })
      .toMatch(/^[+-]?\d+$/);
    await expect.poll(() => nps.textContent()).toMatch(/95% interval/);
    await page.getByRole('img', { name: /^Chart: NPS by / }).waitFor();
    await page.waitForTimeout(1200); // let the chart's entry animation finish before the screenshot
    await screenshot(page, 'insight-survey');

    await page.getByRole('tab', { name: 'Feedback' }).click();
    await page.getByRole('heading', { name: 'Sentiment' }).waitFor();
    await page.getByRole('img', { name: 'Chart: Sentiment' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Key phrases' }).waitFor();
    await page
      .getByText(/^Complaints$/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1200);
    await screenshot(page, 'insight-feedback');
    await page.locator('.theme-list summary').first().click();
    await page.locator('.theme-examples q').first().waitFor();
    await page.getByRole('heading', { name: 'Key phrases' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'insight-themes');

    await page.getByRole('tab', { name: 'Emotions' }).click();
    await page.getByRole('img', { name: 'Chart: Emotions' }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1200);
    await screenshot(page, 'insight-emotions');

    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh');
    await page.getByRole('tab', { name: '调查' }).click();
    await page.getByRole('region', { name: 'NPS', exact: true }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  it('breaks NPS down by a typed customer attribute', async () => {
    const { page, errors } = await env().open(`/#/maps/${MAP}/data`);
    await page.getByRole('tab', { name: 'Survey' }).click();
    const breakdown = page.getByRole('region', { name: 'Breakdown' });
    await breakdown
      .getByRole('combobox', { name: 'Break down by' })
      .selectOption({ label: 'Customer attribute' });
    await breakdown.getByText('Enter the key of a customer property').waitFor();
    await breakdown.getByRole('combobox', { name: 'Property key' }).fill('region');
    const chart = page.getByRole('img', { name: 'Chart: NPS by region' });
    await chart.waitFor({ timeout: 30_000 });
    const table = breakdown.getByRole('table');
    await table.getByRole('columnheader', { name: 'region' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await chart.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1200);
    await screenshot(page, 'insight-survey-by-attribute');
    expect(errors).toEqual([]);
  });

  it('suggests personas from customer clusters and creates one', async () => {
    const { page, errors } = await env().open(`/#/maps/${MAP}`);
    await page.getByRole('button', { name: 'More map tools' }).click();
    await page.getByRole('menuitem', { name: 'Personas from data' }).click();
    const clusters = page.getByRole('list', { name: 'Customer groups' }).getByRole('article');
    await clusters.first().waitFor({ timeout: 60_000 });
    expect(await clusters.count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'insight-persona-suggestions');

    await page.getByLabel('Number of groups').selectOption('3');
    await expect.poll(() => clusters.count(), { timeout: 60_000 }).toBe(3);

    const name = (await clusters.first().getByRole('heading', { level: 2 }).textContent()) ?? '';
    await clusters
      .first()
      .getByRole('button', { name: `Create persona ${name}` })
      .click();
    await page.waitForURL(/#\/personas\//);
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe(name);
    await screenshot(page, 'insight-persona-created');
    expect(errors).toEqual([]);
  });
});
