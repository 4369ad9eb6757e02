import type { Locator } from 'playwright-core';
/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, type TrackedPage, useE2E, waitSaved } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.runIf(HAS_CHROMIUM)('map editor in the browser', () => {
  const env = useE2E();
  let tracked: TrackedPage;

  it('creates a map from a Russian template, adds a card, drags an emotion point and keeps both after a reload', async () => {
    tracked = await env().open('/');
    const { page } = tracked;
    await page.getByLabel('Map language').selectOption('ru');
    await expect
      .poll(() => page.getByLabel('Template', { exact: true }).locator('option').first().textContent())
      .toContain('Шесть этапов');
    await page.getByLabel('Title', { exact: true }).fill('Покупка ноутбука (e2e)');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('heading', { name: 'Осведомленность' }).waitFor();
    await screenshot(page, 'editor-new-ru-map');

    await page.getByRole('button', { name: 'Add card to Действия × Осведомленность' }).click();
    await page.getByLabel('Card text').fill('Увидела рекламу в соцсети');
    await page.getByLabel('Evidence').selectOption('observed');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const card = page.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' });
    await card.waitFor();

    // The map's measured figures and pain points load after the editor opens and can grow
    // the stage headers; measure where the point is only once they are in.
    await page.waitForLoadState('networkidle');
    const point = page.getByRole('slider', { name: 'Emotion at Осведомленность' });
    const box = await settledBox(point);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 20, { steps: 4 });
    await page.mouse.move(x, y - 46, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('1.5');
    await waitSaved(page);
    await screenshot(page, 'editor-card-and-emotion');

    await page.reload();
    await page.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' }).waitFor();
    expect(
      await page.getByRole('slider', { name: 'Emotion at Осведомленность' }).getAttribute('aria-valuenow'),
    ).toBe('1.5');
    expect(tracked.errors).toEqual([]);
  });

  it('moves a card with the keyboard and by drag and drop, and undoes with Ctrl+Z', async () => {
    const { page } = tracked;
    const card = page.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' });
    await card.focus();
    await page.keyboard.press('Alt+ArrowRight');
    const considered = page.getByRole('group', { name: 'Действия × Рассмотрение', exact: true });
    await considered.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Card: Увидела рекламу в соцсети',
    );

    const target = page.getByRole('group', { name: 'Мысли × Решение', exact: true });
    // Drag only once the save of the keyboard move is through and neither end is moving:
    // a cell that shifts under the pointer mid-drag would take the drop elsewhere.
    await waitSaved(page);
    const from = await settledBox(page.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' }));
    const to = await settledBox(target);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await target.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' }).waitFor();

    await page.getByRole('heading', { name: 'Осведомленность' }).click();
    await page.keyboard.press('Control+z');
    await considered.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await target.getByRole('listitem', { name: 'Card: Увидела рекламу в соцсети' }).waitFor();
    await waitSaved(page);
    expect(tracked.errors).toEqual([]);
  });

  it('adds, renames, reorders and deletes stages and lanes', async () => {
    const { page } = tracked;
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('heading', { name: 'Новый этап' }).waitFor();
    await page.getByRole('button', { name: 'Rename stage Новый этап' }).click();
    await page.getByLabel('Stage name').fill('Доставка');
    await page.getByLabel('Stage name').press('Enter');
    await page.getByRole('heading', { name: 'Доставка' }).waitFor();
    await page.getByRole('button', { name: 'Move stage Доставка left' }).click();
    const stageNames = await page.locator('.stage-name').allTextContents();
    expect(stageNames.at(-2)).toBe('Доставка');

    await page.getByLabel('Lane type').selectOption('pains');
    await page.getByLabel('Lane title', { exact: true }).fill('Боли клиента');
    await page.getByRole('button', { name: 'Add lane' }).click();
    await page.getByRole('heading', { name: 'Боли клиента' }).waitFor();
    await page.getByRole('button', { name: 'Move lane Боли клиента up' }).click();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete stage Доставка' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Доставка' }).count()).toBe(0);
    await waitSaved(page);
    await screenshot(page, 'editor-stages-lanes');
    expect(tracked.errors).toEqual([]);
  });
});

/** The element's box once it stays put for 250 ms (late data can still move the layout). */
async function settledBox(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = JSON.stringify(await locator.boundingBox());
  for (let tries = 0; tries < 40; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = JSON.stringify(await locator.boundingBox());
    if (now === last && now !== 'null') return JSON.parse(now);
    last = now;
  }
  throw new Error('the element did not stop moving');
}
