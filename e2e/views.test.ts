/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E, waitSaved } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.runIf(HAS_CHROMIUM)('personas, future state and comparison', () => {
  const env = useE2E();

  it('creates a persona with a generated avatar, then uploads a photo scaled down to 256 px', async () => {
    const { page, errors } = await env().open('/');
    await page.getByRole('button', { name: 'New persona' }).click();
    await page.getByRole('heading', { name: 'Persona', exact: true }).waitFor();
    const avatar = page.getByRole('img', { name: /^Avatar of / });
    expect(await avatar.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);

    await page.getByLabel('Name', { exact: true }).fill('Boris Ivanov');
    await page.getByLabel('Age', { exact: true }).fill('41');
    await page.getByLabel('Goals', { exact: true }).fill('Buy a laptop for work\nGet it delivered fast');
    await page.getByRole('checkbox', { name: 'Website' }).check();
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 900;
      canvas.height = 600;
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.fillStyle = '#3a7';
      context.fillRect(0, 0, 900, 600);
      return canvas.toDataURL('image/png').split(',')[1] ?? '';
    });
    await page.getByLabel('Upload photo').setInputFiles({
      name: 'boris.png',
      mimeType: 'image/png',
      buffer: Buffer.from(png, 'base64'),
    });
    const photo = page.getByRole('img', { name: 'Avatar of Boris Ivanov' });
    await expect.poll(() => photo.getAttribute('src')).toMatch(/^data:image\/jpeg/);
    const size = await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([256, 171]);
    await page.getByRole('button', { name: 'Save persona' }).click();
    await page.getByText('Persona saved').waitFor();
    await screenshot(page, 'persona-editor');

    await page.reload();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Boris Ivanov');
    expect(await page.getByLabel('Goals', { exact: true }).inputValue()).toBe(
      'Buy a laptop for work\nGet it delivered fast',
    );
    expect(await page.getByRole('img', { name: 'Avatar of Boris Ivanov' }).getAttribute('src')).toMatch(
      /^data:image\/jpeg/,
    );
    expect(errors).toEqual([]);
  });

  it('makes a future-state copy, edits it and compares it with the current state', async () => {
    const { page, errors } = await env().open('/');
    await page.getByRole('button', { name: 'Make a future-state copy of Buying a laptop online' }).click();
    await page.getByRole('heading', { name: 'Awareness' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Map type' }).inputValue()).toBe('future');

    await page.getByRole('button', { name: 'Rename stage Purchase' }).click();
    await page.getByLabel('Stage name').fill('One-click purchase');
    await page.getByLabel('Stage name').press('Enter');
    await page.getByRole('button', { name: 'Add card to Gains × One-click purchase' }).click();
    await page.getByLabel('Card text').fill('Paid in one click');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitSaved(page);

    await page.getByRole('button', { name: 'More map tools' }).click();
    await page.getByRole('menuitem', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare maps' }).waitFor();
    const changes = page.getByRole('list', { name: 'Changes' });
    await expect.poll(() => changes.textContent()).toContain('Card added: “Paid in one click”');
    await expect.poll(() => changes.textContent()).toContain('One-click purchase');
    expect(await page.locator('.ro-stage.changed').count()).toBeGreaterThan(0);
    await screenshot(page, 'compare-future-state');
    expect(errors).toEqual([]);
  });
});
