/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E, waitSaved } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** The window the screenshots of the issue are taken at. */
const WINDOW = { width: 1440, height: 900 };
/** A 1×1 PNG standing in for a photo on another site. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Whether the element lies wholly inside the window. */
async function inWindow(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  if (!box) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= WINDOW.width && box.y + box.height <= WINDOW.height;
}

describe.runIf(HAS_CHROMIUM)('editor layout, home, persona card and compare at 1440×900', () => {
  const env = useE2E();

  it('shows touchpoints and opportunities in their lanes under a compact stage header with named figures', async () => {
    const { page, errors } = await env().open('/#/maps/example-laptop-en');
    await page.setViewportSize(WINDOW);
    const touchpoints = page.getByRole('group', { name: 'Touchpoints × Awareness', exact: true });
    await touchpoints.getByRole('listitem', { name: 'Touchpoint: Social ad' }).waitFor();
    await touchpoints.getByRole('listitem', { name: 'Touchpoint: Promo email' }).waitFor();
    const consideration = page.getByRole('group', { name: 'Opportunities × Consideration', exact: true });
    expect(await consideration.getByRole('listitem', { name: /^Opportunity: / }).count()).toBe(1);

    const awareness = page.getByRole('group', { name: 'Data for Awareness' });
    await expect.poll(() => awareness.textContent()).toContain('Customers reached');
    expect(await awareness.textContent()).toContain('To next stage');
    const purchase = page.getByRole('group', { name: 'Data for Purchase', exact: true });
    await expect.poll(() => purchase.textContent()).toContain('Of stage 1');
    expect(await purchase.textContent()).toContain('Median time to next');
    // The header leaves the lanes most of the screen: at most a sixth of the window high.
    const heights = await page
      .locator('.stage-header')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(WINDOW.height / 6);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'editor-lanes-1440');
    expect(errors).toEqual([]);
  });

  it('names the stage figures in Russian and Chinese', async () => {
    const { page, errors } = await env().open('/#/maps/example-laptop-ru');
    await page.setViewportSize(WINDOW);
    await page.getByLabel('Interface language').selectOption('ru');
    const first = page.locator('.stage-header').first();
    await expect.poll(() => first.textContent()).toContain('Клиентов дошло');
    expect(await first.textContent()).toContain('В следующий этап');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'editor-lanes-ru-1440');
    await page.goto(`${env().url}/#/maps/example-laptop-zh`);
    await page.getByLabel('Язык интерфейса').selectOption('zh');
    await expect.poll(() => page.locator('.stage-header').first().textContent()).toContain('到达客户数');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'editor-lanes-zh-1440');
    expect(errors).toEqual([]);
  });

  it('says "No data" on stages nothing measures, scrolls a new stage into view and keeps editors on screen', async () => {
    const { page, errors } = await env().open('/');
    await page.setViewportSize(WINDOW);
    await page.getByLabel('Map language').selectOption('en');
    await page.getByLabel('Title', { exact: true }).fill('Layout check');
    await page.getByRole('button', { name: 'Create map' }).click();
    const awareness = page.getByRole('group', { name: 'Data for Awareness' });
    await expect.poll(() => awareness.textContent()).toContain('No data');
    expect(await awareness.textContent()).not.toMatch(/\b0\b/);

    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add stage' }).click();
    const added = page.locator('.stage-header').last();
    await expect.poll(() => added.textContent()).toContain('New stage');
    await expect
      .poll(async () => {
        const box = await added.boundingBox();
        return box !== null && box.x >= 0 && box.x + box.width <= WINDOW.width;
      })
      .toBe(true);

    const lastStage = (await page.locator('.stage-name').allTextContents()).at(-1) ?? '';
    await page
      .getByRole('button', { name: `Rename stage ${lastStage}` })
      .last()
      .click();
    expect(await inWindow(page, 'input[aria-label="Stage name"]')).toBe(true);
    const input = await page.getByLabel('Stage name').boundingBox();
    const header = await added.boundingBox();
    expect(input && header && input.x + input.width <= header.x + header.width).toBe(true);
    await page.getByLabel('Stage name').press('Escape');

    const lanes = await page.locator('.lane-title').allTextContents();
    const lane = lanes.at(-1) ?? '';
    await page
      .getByRole('button', { name: `Add card to ${lane} × ${lastStage}` })
      .last()
      .click();
    await page.getByLabel('Card text').fill('A long note about what the customer does at the very end');
    await expect.poll(() => inWindow(page, 'form.card-editor')).toBe(true);
    const form = await page.locator('form.card-editor').boundingBox();
    const cell = await page.locator('form.card-editor').locator('xpath=ancestor::fieldset[1]').boundingBox();
    expect(form && cell && form.x + form.width <= cell.x + cell.width + 1).toBe(true);
    await screenshot(page, 'editor-card-editor-1440');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitSaved(page);
    expect(errors).toEqual([]);
  });

  it('shows a missing map as a message linking home', async () => {
    const { page, errors } = await env().open('/#/maps/no-such-map');
    await page.setViewportSize(WINDOW);
    await page.getByRole('heading', { name: 'This map does not exist' }).waitFor();
    await screenshot(page, 'editor-missing-map');
    await page.getByRole('link', { name: 'Back to the workspace' }).click();
    await page.getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });

  it('searches maps by title and shows a picture of each', async () => {
    const { page, errors } = await env().open('/');
    await page.setViewportSize(WINDOW);
    const list = page.getByRole('list', { name: 'Maps of the workspace' });
    await list.waitFor();
    const all = await list.getByRole('listitem').count();
    expect(all).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() =>
        list
          .locator('img.map-thumbnail')
          .evaluateAll((imgs) =>
            imgs.every(
              (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
            ),
          ),
      )
      .toBe(true);
    await screenshot(page, 'home-thumbnails');
    await page.getByLabel('Search maps by title').fill('ноутбук');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await page.getByText(`1 of ${all} maps`).waitFor();
    await page.getByLabel('Search maps by title').fill('zzz');
    await page.getByText('No map title contains “zzz”.').waitFor();
    expect(errors).toEqual([]);
  });

  it('fits both maps of a comparison into the window', async () => {
    const { page, errors } = await env().open('/');
    await page.setViewportSize(WINDOW);
    await page.getByRole('button', { name: 'Make a future-state copy of Buying a laptop online' }).click();
    await page.getByRole('heading', { name: 'Awareness' }).waitFor();
    await page.getByRole('button', { name: 'More map tools' }).click();
    await page.getByRole('menuitem', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare maps' }).waitFor();
    await page.locator('.readonly-grid').first().waitFor();
    await expect
      .poll(() =>
        page
          .locator('.readonly-map .map-scroll')
          .evaluateAll((boxes) => boxes.every((box) => box.scrollWidth <= box.clientWidth)),
      )
      .toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(WINDOW.width);
    await screenshot(page, 'compare-fits-1440');
    expect(errors).toEqual([]);
  });

  it('edits a persona card: photo by address, quote, goals and frustrations', async () => {
    const { page, errors } = await env().open('/#/personas/anna-en');
    await page.setViewportSize(WINDOW);
    await page.route('https://photos.example/anna.png', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }),
    );
    const card = page.getByRole('form', { name: /^Persona card: / });
    await card.waitFor();
    await page.getByLabel('Photo address (URL)').fill('http://photos.example/anna.png');
    await page.getByRole('button', { name: 'Use this address' }).click();
    await page.getByText('A photo address starts with https://').waitFor();
    await page.getByLabel('Photo address (URL)').fill('https://photos.example/anna.png');
    await page.getByRole('button', { name: 'Use this address' }).click();
    const photo = card.getByRole('img', { name: /^Avatar of / });
    await expect.poll(() => photo.getAttribute('src')).toBe('https://photos.example/anna.png');
    await page.getByLabel('Quote', { exact: true }).fill('I want a laptop that just works');
    await page.getByLabel('Fears and frustrations', { exact: true }).fill('Hidden delivery costs');
    await page.getByRole('button', { name: 'Save persona' }).click();
    await page.getByText('Persona saved').waitFor();
    await screenshot(page, 'persona-card');
    await page.reload();
    await expect
      .poll(() => card.getByRole('img', { name: /^Avatar of / }).getAttribute('src'))
      .toBe('https://photos.example/anna.png');
    expect(await page.getByLabel('Quote', { exact: true }).inputValue()).toBe(
      'I want a laptop that just works',
    );
    // Back to the generated face, so no page of a later test asks the made-up site for it.
    await page.getByRole('button', { name: 'Use the generated avatar' }).click();
    await expect.poll(() => photo.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await page.getByRole('button', { name: 'Save persona' }).click();
    await page.getByText('Persona saved').waitFor();
    expect(errors).toEqual([]);
  });
});
