/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** The window of the issue: a marketer's laptop screen. */
const WINDOW = { width: 1440, height: 900 };

/** A day `days` before today, `YYYY-MM-DD` (UTC): the demo's data runs over the 90 days to now. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** What each interface language calls the toolbar, its "More" menu and the menu's entries. */
const LANGUAGES = [
  {
    lang: 'en',
    locale: 'en-US',
    toolbar: 'Map tools',
    more: 'More map tools',
    entries: ['Compare', 'Personas from data', 'Future-state copy'],
  },
  {
    lang: 'ru',
    locale: 'ru-RU',
    toolbar: 'Инструменты карты',
    more: 'Ещё инструменты карты',
    entries: ['Сравнить', 'Персоны из данных', 'Копия «будущее состояние»'],
  },
  {
    lang: 'zh',
    locale: 'zh-CN',
    toolbar: '地图工具',
    more: '更多地图工具',
    entries: ['比较', '数据驱动的画像', '未来状态副本'],
  },
] as const;

/** Where the toolbar and each of its visible controls sit, and whether anything overflows. */
interface Row {
  bar: { top: number; bottom: number; height: number };
  overflows: boolean;
  controls: { what: string; top: number; bottom: number; right: number; height: number; control: boolean }[];
  /** How many pixels of the title's full width its box hides (cut with an ellipsis). */
  titleHidden: number;
}

async function measure(page: Page): Promise<Row> {
  return page.locator('.toolbar').evaluate((bar) => {
    const box = bar.getBoundingClientRect();
    const parts = bar.querySelectorAll<HTMLElement>(
      ':scope > div > *:not(details):not(.toolbar-menu), :scope > div > details > summary, .toolbar-menu > button',
    );
    const title = bar.querySelector<HTMLElement>('.map-title');
    return {
      bar: { top: box.top, bottom: box.bottom, height: box.height },
      overflows: bar.scrollWidth > bar.clientWidth,
      controls: Array.from(parts, (part) => {
        const rect = part.getBoundingClientRect();
        return {
          what: part.getAttribute('aria-label') ?? part.textContent ?? part.tagName,
          top: rect.top,
          bottom: rect.bottom,
          right: rect.right,
          height: rect.height,
          control: ['BUTTON', 'SUMMARY', 'SELECT'].includes(part.tagName),
        };
      }),
      titleHidden: title === null ? 0 : title.scrollWidth - title.clientWidth,
    };
  });
}

/** Every control in one row: buttons share their top, the bar is one button high, nothing sticks out. */
function expectOneRow(row: Row, atLeast: number): void {
  const buttons = row.controls.filter((c) => c.control);
  expect(buttons.length).toBeGreaterThanOrEqual(atLeast);
  const tops = buttons.map((c) => c.top);
  expect(Math.max(...tops) - Math.min(...tops), JSON.stringify(buttons)).toBeLessThanOrEqual(2);
  const buttonHeight = Math.max(...buttons.map((c) => c.height));
  expect(row.bar.height).toBeLessThanOrEqual(buttonHeight + 4);
  for (const control of row.controls) {
    expect(control.top, control.what).toBeGreaterThanOrEqual(row.bar.top - 1);
    expect(control.bottom, control.what).toBeLessThanOrEqual(row.bar.bottom + 1);
    expect(control.right, control.what).toBeLessThanOrEqual(WINDOW.width);
  }
  expect(row.overflows).toBe(false);
}

/** The id of the focused element's text or name, to follow focus through the menu. */
const focused = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
  );

describe.runIf(HAS_CHROMIUM)('the editor toolbar at 1440×900', () => {
  const env = useE2E();

  for (const words of LANGUAGES) {
    it(`keeps its tools on one row in ${words.lang}, with a "More" menu worked by keyboard`, async () => {
      const { page, errors } = await env().open(`/#/maps/example-laptop-${words.lang}`, {
        locale: words.locale,
      });
      await page.setViewportSize(WINDOW);
      const toolbar = page.getByRole('toolbar', { name: words.toolbar });
      await toolbar.locator('.export-menu summary').waitFor();
      await toolbar.locator('.figures-period summary').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `editor-toolbar-${words.lang}`);

      const row = await measure(page);
      expectOneRow(row, 10);
      // the demo map's whole title shows; a longer one would be cut, with the full name on hover
      expect(row.titleHidden).toBe(0);
      const title = toolbar.getByRole('heading', { level: 1 });
      expect(await title.getAttribute('title')).toBe(await title.textContent());

      const more = toolbar.getByRole('button', { name: words.more });
      const menu = page.getByRole('menu');
      await more.focus();
      await page.keyboard.press('ArrowDown');
      await menu.waitFor();
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      const entries = await menu.getByRole('menuitem').allTextContents();
      expect(entries).toEqual([...words.entries]);
      expect(await focused(page)).toBe(words.entries[0]);
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toBe(words.entries[1]);
      await page.keyboard.press('End');
      expect(await focused(page)).toBe(words.entries[2]);
      await screenshot(page, `editor-toolbar-more-${words.lang}`);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'hidden' });
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await focused(page)).toBe(words.more);
      await page.keyboard.press('Enter');
      await menu.waitFor();
      await page.keyboard.press('Tab');
      await menu.waitFor({ state: 'hidden' });

      // a chosen period makes the figures' summary longer; the row holds
      await toolbar.locator('.figures-period summary').click();
      const dates = page.locator('.figures-period-panel input[type="date"]');
      await dates.nth(0).fill(daysAgo(45));
      await dates.nth(1).fill(daysAgo(16));
      // Escape closes the period's popover and gives focus back to its summary
      await page.keyboard.press('Escape');
      await page.locator('.figures-period-panel').waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.closest('.figures-period') !== null)).toBe(
        true,
      );
      await expect.poll(() => toolbar.locator('.figures-period summary').textContent()).toMatch(/\d/);
      expectOneRow(await measure(page), 10);
      await screenshot(page, `editor-toolbar-period-${words.lang}`);

      // the menu's links work from the keyboard: Enter on "Compare" opens the comparison
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe(words.entries[0]);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.hash.endsWith('/compare'));
      expect(errors).toEqual([]);
    });
  }

  it('leaves out what a viewer may not do and keeps the row', async () => {
    const account = { email: 'vera@example.com', password: 'Vera-password-1' };
    const created = await env().api('/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...account, name: 'Vera', role: 'viewer' }),
    });
    expect(created.status).toBe(201);
    const { page, errors } = await env().open('/#/maps/example-laptop-en', { as: account });
    await page.setViewportSize(WINDOW);
    const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
    await toolbar.locator('.figures-period summary').waitFor();
    await page.waitForLoadState('networkidle');
    // a viewer's buttons: the figures' period, export, comments, activity and "More"
    expectOneRow(await measure(page), 5);
    for (const name of ['Undo', 'Redo', 'Add stage', 'Share'])
      expect(await toolbar.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await toolbar.getByRole('combobox', { name: 'Map type' }).count()).toBe(0);
    await toolbar.getByRole('button', { name: 'More map tools' }).click();
    expect(await page.getByRole('menu').getByRole('menuitem').allTextContents()).toEqual([
      'Compare',
      'Personas from data',
    ]);
    await screenshot(page, 'editor-toolbar-viewer');
    expect(errors).toEqual([]);
  });
});
