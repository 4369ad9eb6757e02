import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutMap, insertStory, openDuckDbStore, PAIN_STORY } from '@opencjm/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../../test-helpers.ts';

/** The checkout story: its help chat hears "card payment fails", its review page "great laptop". */
let dir: string;
beforeAll(async () => {
  dir = tempDir();
  const store = await openDuckDbStore(join(dir, '.opencjm'));
  await insertStory(store, PAIN_STORY, []);
  store.close();
  writeFileSync(join(dir, 'map.json'), JSON.stringify(checkoutMap()));
});

describe('cjm analyze sentiment', () => {
  it('tallies the texts per touchpoint, negative chat and positive reviews', async () => {
    const shown = await cjm(dir, 'analyze', 'sentiment', '--map', 'map.json', '--json');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(shown.stdout);
    const chat = result.byTouchpoint.find((p: { name: string }) => p.name === 'tp-help');
    expect(chat).toMatchObject({ negative: chat.n, positive: 0 });
    expect(result.overall.n).toBe(result.overall.positive + result.overall.neutral + result.overall.negative);
    const table = await cjm(dir, 'analyze', 'sentiment', '--map', 'map.json');
    expect(table.stdout).toMatch(/^Sentiment of \d+ texts: mean -?\d\.\d\d/);
    expect(table.stdout).toMatch(/^Help chat +\d+ +-\d\.\d\d +0 +0 +\d+$/m);
  });
});

describe('cjm analyze themes', () => {
  it('names the complaint of the help chat with a quote', async () => {
    // The chat's one distinct text is enough for a theme at --min-count 1.
    const shown = await cjm(dir, 'analyze', 'themes', '--map', 'map.json', '--min-count', '1');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toMatch(
      /^Help chat: 1 text\n {2}negative:\n {4}card payment.* — “card payment fails”$/m,
    );
  });

  it('rejects a grouping it does not know', async () => {
    const shown = await cjm(dir, 'analyze', 'themes', '--by', 'persona');
    expect(shown.code).not.toBe(0);
    expect(shown.stderr).toMatch(/expected one of stage, touchpoint, all/);
  });
});
