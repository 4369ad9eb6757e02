import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkoutMap,
  insertStory,
  insightMap,
  openDuckDbStore,
  PAIN_STORY,
  PERSONA_STORY,
  type StoryEvent,
  SURVEY_STORY,
} from '@opencjm/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../../test-helpers.ts';

/** A workspace holding one story, with its map as map.json. */
async function workspace(story: readonly StoryEvent[], map: object): Promise<string> {
  const dir = tempDir();
  const store = await openDuckDbStore(join(dir, '.opencjm'));
  await insertStory(store, story, []);
  store.close();
  writeFileSync(join(dir, 'map.json'), JSON.stringify(map));
  return dir;
}

let survey: string;
let checkout: string;
let shop: string;
beforeAll(async () => {
  survey = await workspace(SURVEY_STORY, insightMap());
  checkout = await workspace(PAIN_STORY, checkoutMap());
  shop = await workspace(PERSONA_STORY, insightMap());
});

describe('cjm analyze nps, csat, ces', () => {
  it('prints the overall figure, then a table per stage, touchpoint, channel and attribute', async () => {
    const shown = await cjm(survey, 'analyze', 'nps', '--map', 'map.json', '--by', 'segment', '--details');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    const lines = shown.stdout.split('\n');
    // 3 promoters, 2 passives, 2 detractors: (3 − 2)/7 = 14.3; Gleb's 11 and Ivan's blank left out
    expect(lines[0]).toBe(
      'NPS 14.3 (95% CI -47.4–76.0): 3 promoters, 2 passives, 2 detractors, n = 7; 2 invalid answers left out',
    );
    expect(lines[2]).toMatch(/^Stage +NPS +95% CI +Promoters +Passives +Detractors +n +Invalid$/);
    expect(shown.stdout).toMatch(/^purchase +75\.0 +.+ +3 +1 +0 +4 +1$/m);
    expect(shown.stdout).toMatch(/^segment +NPS/m);
    expect(shown.stdout).toMatch(/^b2b +66\.7 /m);
    const plain = await cjm(survey, 'analyze', 'nps');
    expect(plain.stdout.split('\n')[0]).toBe(
      'NPS 14.3 (likely between -47.4 and 76.0): 3 promoters, 2 passives, 2 detractors, n = 7; 2 invalid answers left out',
    );
    expect(plain.stdout).toMatch(/^Stage +NPS +Promoters +Passives +Detractors +n +Invalid$/m);
    const json = JSON.parse((await cjm(survey, 'analyze', 'nps', '--json')).stdout);
    expect(json.overall).toMatchObject({ n: 7, promoters: 3, invalid: 2 });
  });

  it('gives CSAT and CES with their intervals', async () => {
    const satisfaction = await cjm(survey, 'analyze', 'csat', '--details');
    expect(satisfaction.stdout.split('\n')[0]).toBe(
      'CSAT 50.0% (95% CI 18.8%–81.2%): 3 satisfied, n = 6; 1 invalid answer left out',
    );
    const effort = await cjm(survey, 'analyze', 'ces', '--json');
    expect(JSON.parse(effort.stdout).overall).toMatchObject({ ces: 3, n: 4 });
    expect((await cjm(survey, 'analyze', 'ces', '--details')).stdout).toMatch(
      /^CES 3\.00 \(95% CI 1\.00–6\.44\), n = 4$/m,
    );
  });
});

describe('cjm analyze emotions', () => {
  it('scores texts with the engine sentiment and pools them with answers', async () => {
    const json = JSON.parse(
      (await cjm(checkout, 'analyze', 'emotions', '--map', 'map.json', '--json')).stdout,
    );
    const stage = (id: string) => json.byStage.find((p: { name: string }) => p.name === id);
    // ten "great laptop" reviews at enjoy; six "card payment fails" plus eleven CSAT answers at pay
    expect(stage('enjoy')).toMatchObject({ n: 10, texts: { n: 10 } });
    expect(stage('enjoy').score).toBeGreaterThan(1);
    expect(stage('pay')).toMatchObject({ texts: { n: 6 }, answers: { n: 11 } });
    expect(stage('pay').texts.mean).toBeLessThan(-1);
    const table = (
      await cjm(checkout, 'analyze', 'emotions', '--map', 'map.json', '--no-sentiment', '--details')
    ).stdout;
    expect(table).toMatch(/^emotion .* from 11 signals: 0 texts \(sentiment off\), 11 survey answers$/m);
    expect(table).toMatch(/^Stage +Score +95% CI +n +Texts +Answers$/m);
  });
});

describe('cjm analyze pains', () => {
  it('ranks the pain points and prints the proposed cards', async () => {
    const shown = await cjm(checkout, 'analyze', 'pains', '--map', 'map.json', '--details');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toMatch(/^4 pain points among 30 customers \(p < 0\.05, n ≥ 5\)/);
    // kinds in words, the stage and touchpoint by their names on the map
    expect(shown.stdout).toMatch(/^ *1 +low CSAT +Pay +Checkout +1\.81 +100\.0% +20\.0% +6 +0\.015$/m);
    expect(shown.stdout).toMatch(/^1\. 100% of CSAT answers about “Checkout” are 1–3/m);
    const ru = JSON.parse(
      (await cjm(checkout, 'analyze', 'pains', '--map', 'map.json', '--lang', 'ru', '--json')).stdout,
    );
    expect(ru.findings.map((f: { kind: string }) => f.kind)).toEqual([
      'low-csat',
      'negative-sentiment',
      'long-dwell-exit',
      'drop-off',
    ]);
    expect(ru.findings[2].card.text).toMatch(/^50% клиентов в точке «Checkout» провели там 20 мин и дольше/);
    expect((await cjm(checkout, 'analyze', 'pains')).stderr).toMatch(/pains needs --map FILE/);
  });
});

describe('cjm analyze personas', () => {
  it('finds the clusters and names their personas', async () => {
    const shown = await cjm(shop, 'analyze', 'personas', '--map', 'map.json');
    expect(shown.stdout).toMatch(/^24 customers in 3 clusters \(k by silhouette: 0\.\d\d\)$/m);
    expect(shown.stdout).toMatch(/^Cluster 1: Mobile app, 18–24 — 10 customers \(41\.7%\)$/m);
    expect(shown.stdout).toMatch(/^ {2}channels: Mobile app 100\.0%$/m);
    const zh = JSON.parse(
      (await cjm(shop, 'analyze', 'personas', '--k', '3', '--lang', 'zh', '--json')).stdout,
    );
    expect(zh.clusters.map((c: { persona: { name: string } }) => c.persona.name)).toEqual([
      '群组 1：移动应用，18–24',
      '群组 2：网站，35–44',
      '群组 3：电子邮件活动，65+',
    ]);
    expect((await cjm(shop, 'analyze', 'personas', '--k', '1')).stderr).toMatch(/expected 2 to 12 clusters/);
  });
});
