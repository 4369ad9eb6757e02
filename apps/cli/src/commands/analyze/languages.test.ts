import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutMap, insertStory, openDuckDbStore, PAIN_STORY, SURVEY_STORY } from '@opencjm/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../cli-io.ts';
import { runCli } from '../../main.ts';
import { cjm, tempDir } from '../../test-helpers.ts';

/** The checkout story, whose map names its stages (Pay) and touchpoints (Checkout, Help chat). */
let checkout: string;
let survey: string;
beforeAll(async () => {
  checkout = tempDir();
  const store = await openDuckDbStore(join(checkout, '.opencjm'));
  await insertStory(store, PAIN_STORY, []);
  store.close();
  writeFileSync(join(checkout, 'map.json'), JSON.stringify(checkoutMap()));
  survey = tempDir();
  const answers = await openDuckDbStore(join(survey, '.opencjm'));
  await insertStory(answers, SURVEY_STORY, []);
  answers.close();
});

describe('cjm analyze in three languages', () => {
  it('writes headers, kinds and numbers in Russian and Chinese, places by their names on the map', async () => {
    const ru = await cjm(checkout, 'analyze', 'pains', '--map', 'map.json', '--lang', 'ru');
    expect(ru).toMatchObject({ code: 0, stderr: '' });
    expect(ru.stdout).toMatch(/^болей: 4, клиентов: 30 \(p < 0,05, n ≥ 5\)$/m);
    expect(ru.stdout).toMatch(/^# +Вид +Этап +Точка контакта +Тяжесть +Доля +Фон +n$/m);
    expect(ru.stdout).toMatch(/^1 +низкий CSAT +Pay +Checkout +1,81 +100,0\u00a0% +20,0\u00a0% +6$/m);
    const zh = await cjm(checkout, 'analyze', 'dfg', '--map', 'map.json', '--by', 'stage', '--lang', 'zh');
    expect(zh.stdout).toMatch(/^从 +到 +次数 +中位数 +均值$/m);
    expect(zh.stdout).toMatch(/^Discover +Choose +30 +2分00秒 +2分00秒$/m);
    expect(zh.stdout).toMatch(/^开始：Discover 30$/m);
    expect(zh.stdout).not.toMatch(/tp-|\bpay\b/);
  });

  it('keeps --json exactly the same in every language: ids and raw figures', async () => {
    const json = async (lang: string) =>
      (await cjm(checkout, 'analyze', 'dwell', '--map', 'map.json', '--json', '--lang', lang)).stdout;
    const en = await json('en');
    expect(await json('ru')).toBe(en);
    expect(await json('zh')).toBe(en);
    expect(JSON.parse(en).rows.map((r: { name: string }) => r.name)).toContain('tp-checkout');
  });

  it('speaks the language of the locale when --lang is not given', async () => {
    const io = Object.assign(memoryIo(checkout), { env: { LANG: 'ru_RU.UTF-8' } });
    expect(await runCli(['analyze', 'funnel', '--map', 'map.json'], io)).toBe(0);
    expect(io.stdout).toMatch(/^Шаг +Клиенты +Конверсия +Отток +Медиана времени +P90 времени$/m);
    const zh = Object.assign(memoryIo(checkout), { env: { LC_ALL: 'zh_CN.UTF-8', LANG: 'ru_RU.UTF-8' } });
    expect(await runCli(['analyze', 'nothing'], zh)).not.toBe(0);
    expect(zh.stderr).toMatch(/^错误：未知命令 'nothing'/);
  });

  it('translates the errors of analyses and of option values', async () => {
    const window = await cjm(checkout, 'analyze', 'funnel', '--window', 'soon', '--lang', 'ru');
    expect(window.stderr).toBe('cjm: «soon» — не срок вида 30m, 12h или 7d\n');
    const by = await cjm(checkout, 'analyze', 'dfg', '--by', 'nope', '--lang', 'zh');
    expect(by.stderr).toMatch(
      /^错误：选项 '--by <dimension>' 的值 'nope' 无效。应为以下之一：event, channel, touchpoint, stage$/m,
    );
    expect(by.stderr).toMatch(/^用法： cjm analyze dfg/m);
  });

  it('writes survey figures with the decimal mark and punctuation of each language', async () => {
    const first = async (lang: string) =>
      (await cjm(survey, 'analyze', 'nps', '--lang', lang)).stdout.split('\n')[0];
    expect(await first('ru')).toBe(
      'NPS 14,3 (вероятно, от -47,4 до 76,0): сторонники — 3, нейтральные — 2, критики — 2, n = 7; неверных ответов не учтено: 2',
    );
    expect(await first('zh')).toBe(
      'NPS 14.3（大概在 -47.4 到 76.0 之间）：推荐者 3，被动者 2，贬损者 2，n = 7；未计入 2 个无效回答',
    );
  });

  it('shows survey scores in the timeline, with their question', async () => {
    const shown = await cjm(survey, 'analyze', 'timeline', 'customer_id:anna');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toMatch(/ score 10 \(nps\)$/m);
    const ru = await cjm(survey, 'analyze', 'timeline', 'customer_id:anna', '--lang', 'ru');
    expect(ru.stdout).toMatch(/ оценка 10 \(nps\)$/m);
  });

  it('says how to ask when dwell by channel finds no channels in the log', async () => {
    const dir = tempDir();
    const events = ['open', 'read', 'close'].map((event, i) =>
      JSON.stringify({ timestamp: `2026-04-01T10:0${i}:00Z`, customer_id: 'c1', event }),
    );
    writeFileSync(join(dir, 'log.ndjson'), events.join('\n'));
    expect((await cjm(dir, 'import', 'log.ndjson')).code).toBe(0);
    const shown = await cjm(dir, 'analyze', 'dwell');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toMatch(/no channel.*--by event.*--map FILE/s);
    const zh = await cjm(dir, 'analyze', 'dwell', '--lang', 'zh');
    expect(zh.stdout).toMatch(/没有渠道.*--by event/s);
    const byEvent = await cjm(dir, 'analyze', 'dwell', '--by', 'event');
    expect(byEvent.stdout).toMatch(/^Event +Events +Customers/m);
    expect(byEvent.stdout).toMatch(/^open +1 +1 +1m 00s/m);
  });
});
