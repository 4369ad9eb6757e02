import { describe, expect, it } from 'vitest';
import { mockAnalytics } from './analytics-fixture.ts';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.runIf(HAS_CHROMIUM)('data views', () => {
  const env = useE2E();

  it('opens the funnel of the demo map on the real demo data', async () => {
    const response = await env().api(`/api/analytics/funnel?map=example-laptop-en&window=7d`);
    expect(response.status).toBe(200);
    const { steps } = (await response.json()) as { steps: { customers: number }[] };
    const entered = steps[0]?.customers ?? 0;
    expect(entered).toBeGreaterThan(0);

    const { page, errors } = await env().open('/#/maps/example-laptop-en/data');
    await page.getByRole('tab', { name: 'Funnel' }).click();
    await page.getByRole('img', { name: 'Chart: Funnel' }).waitFor();
    await expect.poll(() => page.getByRole('table').textContent()).toContain(entered.toLocaleString('en-US'));
    await screenshot(page, 'data-funnel');

    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.getByRole('img', { name: 'График: Воронка' }).waitFor();
    for (const tab of ['Пути', 'Карта процесса', 'Время на этапах']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => page.getByRole('tabpanel').textContent()).not.toContain('Загрузка');
    }
    expect(errors).toEqual([]);
  });

  it('shows the measured customers of each stage on the map', async () => {
    const response = await env().api(`/api/maps/example-laptop-en/metrics`);
    const metrics = (await response.json()) as { stages: Record<string, { customers: number }> };
    const customers = metrics.stages.awareness?.customers ?? 0;
    expect(customers).toBeGreaterThan(0);
    const { page, errors } = await env().open('/#/maps/example-laptop-en');
    const awareness = page.getByRole('group', { name: 'Data for Awareness' });
    await expect.poll(() => awareness.textContent()).toContain(customers.toLocaleString('en-US'));
    await screenshot(page, 'data-on-real-map');
    expect(errors).toEqual([]);
  });

  it('renders measured numbers on the map and every data view from answers shaped like the API contract', async () => {
    const { page, errors } = await env().open('/');
    await mockAnalytics(page);
    await page.goto(`${env().url}/#/maps/example-laptop-en`);
    const awareness = page.getByRole('group', { name: 'Data for Awareness' });
    await expect.poll(() => awareness.textContent()).toContain('12,000');
    await expect.poll(() => awareness.textContent()).toContain('41%');
    await page.getByRole('group', { name: 'Data for Social ad' }).waitFor();
    await page.getByRole('checkbox', { name: 'Curve from data' }).check();
    await page.locator('path.curve.data').waitFor();
    await screenshot(page, 'data-on-map');

    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('img', { name: 'Chart: Funnel' }).waitFor();
    await expect.poll(() => page.getByRole('table').textContent()).toContain('95% interval');
    await screenshot(page, 'data-funnel-chart');
    const views: [string, string][] = [
      ['Paths', 'Chart: Paths'],
      ['Process map', 'Chart: Process map'],
      ['Dwell times', 'Chart: Dwell times'],
    ];
    for (const [tab, chart] of views) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('img', { name: chart }).waitFor();
      await page.waitForTimeout(1200); // let the chart's entry animation finish before the screenshot
      await screenshot(page, `data-${tab.toLowerCase().replace(/\s+/g, '-')}`);
    }
    await page.getByRole('tab', { name: 'Customer timeline' }).click();
    await page.getByLabel('Customer id').fill('anna@example.com');
    await page.getByRole('button', { name: 'Show timeline' }).click();
    await page.getByRole('img', { name: 'Chart: Customer timeline' }).waitFor();
    await page.getByText('Fast delivery, <b>great</b> laptop').waitFor();
    await screenshot(page, 'data-timeline');
    expect(errors).toEqual([]);
  });
});
