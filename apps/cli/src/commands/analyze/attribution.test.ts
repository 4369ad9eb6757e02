import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertStory, openDuckDbStore, shopMap } from '@opencjm/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../../test-helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  const store = await openDuckDbStore(join(dir, '.opencjm'));
  await insertStory(store);
  store.close();
  writeFileSync(join(dir, 'shop.json'), JSON.stringify(shopMap()));
});

const run = (...args: string[]) => cjm(dir, 'analyze', 'attribution', '--conversion', 'purchase', ...args);

describe('cjm analyze attribution', () => {
  it('credits channels as JSON, every model summing to the total', async () => {
    for (const model of ['first', 'last', 'linear', 'position', 'markov', 'shapley']) {
      const shown = await run('--model', model, '--json');
      expect(shown).toMatchObject({ code: 0, stderr: '' });
      const result = JSON.parse(shown.stdout);
      expect(result.total).toBe(2); // Anna and Chen buy
      const sum = result.channels.reduce((s: number, c: { conversions: number }) => s + c.conversions, 0);
      expect(sum).toBeCloseTo(result.total, 10);
      for (const c of result.channels) expect(c.share).toBeCloseTo(c.conversions / result.total, 12);
    }
    // Anna came by an ad, so did Chen
    const first = JSON.parse((await run('--model', 'first', '--json')).stdout);
    expect(first.channels[0]).toMatchObject({ channel: 'ads', conversions: 2, share: 1 });
  });

  it('prints a table, by touchpoint through the map', async () => {
    const shown = await run('--model', 'markov', '--by', 'touchpoint', '--map', 'shop.json');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Markov chain model, purchase within 30d: 2 conversions credited/);
    expect(shown.stdout).toMatch(/^Touchpoint +Conversions +Share +.*Removal effect$/m);
    expect(shown.stdout).toMatch(/^tp-\S+ +\d\.\d\d +\d+\.\d%/m);
  });

  it('refuses an unknown model and touchpoints without a map', async () => {
    const model = await run('--model', 'magic');
    expect(model.stderr).toMatch(/expected one of first, last, linear, position, markov, shapley/);
    const noMap = await run('--model', 'last', '--by', 'touchpoint');
    expect(noMap.stderr).toMatch(/grouping by touchpoint needs a map/);
  });
});
