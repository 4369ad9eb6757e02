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
    for (const tab of ['Пути', 'Карта процесса', 'Время пребывания']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => page.getByRole('tabpanel').textContent()).not.toContain('Загрузка');
    }
    expect(errors).toEqual([]);
  });

  it('draws the process map, the paths and dwell times readably at 1440×900 on the real demo data', async () => {
    const { page, errors } = await env().open('/#/maps/example-laptop-en/data');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('img', { name: 'Chart: Funnel' }).waitFor();
    await page.waitForTimeout(1200); // the chart's entry animation
    await screenshot(page, 'data-funnel-1440');

    await page.getByRole('tab', { name: 'Process map' }).click();
    await page.getByRole('img', { name: 'Chart: Process map' }).waitFor();
    const shown = async () => {
      const text = (await page.locator('.process-shown').textContent()) ?? '';
      const match = /Showing (\d+) of (\d+) activities and (\d+) of (\d+) paths/.exec(text.replace(/,/g, ''));
      if (!match) throw new Error(`no count of shown activities in "${text}"`);
      const [nodes, totalNodes, links, totalLinks] = match.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
      ];
      return { nodes, totalNodes, links, totalLinks };
    };
    const activities = page.getByRole('slider', { name: 'Activities' });
    const paths = page.getByRole('slider', { name: 'Paths' });
    const first = await shown();
    expect(first.totalNodes).toBeGreaterThan(1);
    await expect
      .poll(() => page.getByRole('list', { name: 'Stage colours' }).textContent())
      .toContain('Awareness');
    await page.waitForTimeout(1200);
    await screenshot(page, 'data-process-1440');

    // Counts on hover: the boxes of the first layer below the start sit 125 px from the
    // chart's top (margin 24 + start 26 + layer gap 56 + half a box 19); sweep along it.
    const chart = page.getByRole('img', { name: 'Chart: Process map' });
    const frame = await chart.boundingBox();
    if (!frame) throw new Error('the process map has no box');
    let tip = '';
    for (let x = frame.x + 4; x < frame.x + Math.min(frame.width, 1400) && !/\d+ events/.test(tip); x += 12) {
      await page.mouse.move(x, frame.y + 125);
      tip = await chart.evaluate(
        (element) => element.querySelector('div > div:last-child')?.textContent ?? '',
      );
    }
    expect(tip).toMatch(/^[^\d]+[\d,]+ events$/); // a name, then (on the next line) its count
    await screenshot(page, 'data-process-hover-1440');
    await page.mouse.move(frame.x + 2, frame.y + 2);

    await activities.fill('100');
    await paths.fill('100');
    await expect.poll(async () => (await shown()).nodes).toBe(first.totalNodes);
    expect((await shown()).links).toBe(first.totalLinks);
    await page.waitForTimeout(1200);
    await screenshot(page, 'data-process-all-1440');

    await activities.fill('0');
    await expect.poll(async () => (await shown()).nodes).toBe(1);
    await activities.fill('50');
    const half = await shown();
    expect(half.nodes).toBe(Math.ceil(first.totalNodes / 2));
    await paths.fill('0');
    await expect.poll(async () => (await shown()).links).toBeLessThanOrEqual(half.links);
    await page.waitForTimeout(1200);
    await screenshot(page, 'data-process-half-1440');
    await page.getByText('Paths as a table').click();
    const rows = page.locator('.process-table tbody tr');
    await expect.poll(() => rows.count()).toBe((await shown()).links);
    const table = (await page.locator('.process-table tbody').textContent()) ?? '';
    expect(table).toContain('Product page');
    expect(table).not.toMatch(/\btp-/); // the demo map's touchpoint ids all start with tp-

    await page.getByRole('tab', { name: 'Paths' }).click();
    await page.getByRole('img', { name: 'Chart: Paths' }).waitFor();
    await expect
      .poll(() => page.locator('.chart-caption').textContent())
      .toMatch(/^Top \d+ paths of two steps or more: [\d.]+% of customers \([\d,]+ of [\d,]+\)$/);
    await page.waitForTimeout(1200);
    await screenshot(page, 'data-paths-1440');

    await page.getByRole('tab', { name: 'Dwell times' }).click();
    await page.getByRole('img', { name: 'Chart: Dwell times' }).waitFor();
    await page.waitForTimeout(1200);
    await screenshot(page, 'data-dwell-stage-1440');
    await page.getByRole('radio', { name: 'By touchpoint' }).check();
    await page.getByRole('img', { name: 'Chart: Dwell times' }).waitFor();
    await page.waitForTimeout(1200);
    await screenshot(page, 'data-dwell-touchpoint-1440');

    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.getByRole('tab', { name: 'Карта процесса' }).click();
    await expect
      .poll(() => page.locator('.process-shown').textContent())
      .toMatch(/^Показано шагов: \d+ из \d+/);
    await page.waitForTimeout(1200);
    await screenshot(page, 'data-process-ru-1440');
    await page.getByRole('tab', { name: 'Воронка' }).click();
    await page.getByRole('combobox', { name: 'Окно конверсии' }).waitFor();
    await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('zh');
    await page.getByRole('combobox', { name: '转化窗口' }).waitFor();
    await page.getByRole('tab', { name: '路径' }).click();
    await expect
      .poll(() => page.locator('.chart-caption').textContent())
      .toMatch(/^最常见的 \d+ 条两步及以上的路径/);
    expect(errors).toEqual([]);
  });

  it('reads the process map over the chosen days, apart from the conversion window', async () => {
    const { page, errors } = await env().open('/#/maps/example-laptop-en/data');
    await page.getByRole('tab', { name: 'Process map' }).click();
    await page.getByRole('img', { name: 'Chart: Process map' }).waitFor();
    // the conversion window belongs to the funnel alone; the dates to every journey view
    expect(await page.getByLabel('Conversion window').count()).toBe(0);
    await page.getByLabel('From').fill('2099-01-01');
    await page.getByRole('status').filter({ hasText: 'No data' }).waitFor();
    await page.getByLabel('From').fill('');
    await page.getByRole('img', { name: 'Chart: Process map' }).waitFor();
    await page.getByRole('tab', { name: 'Funnel' }).click();
    await page.getByRole('img', { name: 'Chart: Funnel' }).waitFor();
    await page.getByLabel('Through').fill('1990-01-31');
    const firstStage = page.locator('.data-table tbody tr').first().locator('td').nth(1);
    await expect.poll(() => firstStage.textContent()).toBe('0');
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
