import { describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../test-helpers.ts';

interface Summary {
  id: string;
  name: string;
  stages: { id: string; name: string }[];
}

const list = async (lang: string): Promise<Summary[]> =>
  JSON.parse((await cjm(tempDir(), 'templates', '--lang', lang, '--json')).stdout);

describe('cjm templates', () => {
  it('lists at least the seven stage models with the articles’ Russian names', async () => {
    const ru = await list('ru');
    expect(ru.length).toBeGreaterThanOrEqual(7);
    const names = ru.map((t) => t.stages.map((s) => s.name).join(' · '));
    expect(names).toContain(
      'Осведомленность · Рассмотрение · Решение · Покупка · Использование · Лояльность',
    );
    expect(names).toContain(
      'Осведомление о продукте · Принятие решения · Покупка · Использование · Поддержка',
    );
  });

  it('gives the same models, with the same stage ids, in English and Chinese', async () => {
    const [ru, en, zh] = await Promise.all([list('ru'), list('en'), list('zh')]);
    const shape = (l: Summary[]) => l.map((t) => [t.id, t.stages.map((s) => s.id)]);
    expect(shape(en)).toEqual(shape(ru));
    expect(shape(zh)).toEqual(shape(ru));
    expect(zh.flatMap((t) => t.stages.map((s) => s.name)).every((n) => /\p{Script=Han}/u.test(n))).toBe(true);
    expect(
      en
        .flatMap((t) => t.stages.map((s) => s.name))
        .every((n) => /^[\p{Script=Latin}\s\-&'’,/()]+$/u.test(n)),
    ).toBe(true);
  });

  it('prints a readable list by default and rejects an unknown language', async () => {
    const dir = tempDir();
    const text = await cjm(dir, 'templates', '--lang', 'ru');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Осведомленность · Рассмотрение/);
    const bad = await cjm(dir, 'templates', '--lang', 'de');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/expected one of ru, en, zh/);
  });
});
