/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.runIf(HAS_CHROMIUM)('interface language', () => {
  const env = useE2E();

  it('switches between English, Russian and Chinese and remembers the choice', async () => {
    const { page, errors } = await env().open('/');
    await page.getByRole('heading', { name: 'Workspace' }).waitFor();
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.getByRole('heading', { name: 'Рабочее пространство' }).waitFor();
    await page.getByRole('button', { name: 'Создать карту' }).waitFor();
    await screenshot(page, 'language-ru-home');

    await page.reload();
    await page.getByRole('heading', { name: 'Рабочее пространство' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('zh');
    await page.getByRole('heading', { name: '工作区' }).waitFor();
    await page.getByRole('link', { name: '打开地图 在线购买笔记本电脑' }).click();
    await page.getByRole('group', { name: '情绪曲线' }).waitFor();
    await page.getByRole('status', { name: '保存状态' }).waitFor();
    await screenshot(page, 'language-zh-editor');
    expect(errors).toEqual([]);
  });

  it('answers the API’s not-found in the chosen language: the missing map is named, with a way home', async () => {
    const { page, errors } = await env().open('/');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.goto(`${env().url}/#/maps/no-such-map`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Такой карты нет');
    expect(await page.getByRole('alert').first().textContent()).toContain('no-such-map');
    await page.getByRole('link', { name: 'Вернуться в рабочее пространство' }).click();
    await page.waitForURL((url) => !url.hash.includes('no-such-map'));
    expect(errors).toEqual([]);
  });

  it('follows the browser language on a first visit', async () => {
    const { page, errors } = await env().open('/', { locale: 'zh-CN' });
    await page.getByRole('heading', { name: '工作区' }).waitFor();
    expect(errors).toEqual([]);
  });
});
