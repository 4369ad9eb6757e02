import { type EmotionPoint, emotions, sentimentScorer } from '@opencjm/engine';
import { fixed, interval, table } from './format.ts';
import type { Kind } from './kind.ts';

/** `cjm analyze emotions`: the emotion curve (−2…+2) from text sentiment and survey answers. */
export function registerEmotions(kind: Kind): void {
  kind<{ sentiment: boolean }>(
    'emotions',
    'emotion curve per stage and touchpoint (−2…+2) from texts and survey answers',
    async (store, map, o) => {
      const result = await emotions(store, { map, ...(o.sentiment ? { scorer: sentimentScorer } : {}) });
      const two = (x: number) => x.toFixed(2);
      const rows = (points: EmotionPoint[]) =>
        points.map((p) => [
          p.name,
          fixed(p.score, 2),
          interval(p.ci, two),
          String(p.n),
          String(p.texts.n),
          String(p.answers.n),
        ]);
      const headers = ['Score', '95% CI', 'n', 'Texts', 'Answers'];
      const all = result.overall;
      const head = `emotion ${fixed(all.score, 2)} on −2…+2 (95% CI ${interval(all.ci, two)}) from ${all.n} signals: ${all.texts.n} texts${o.sentiment ? '' : ' (sentiment off)'}, ${all.answers.n} survey answers`;
      const parts = [head];
      if (result.byStage.length > 0) parts.push(table(['Stage', ...headers], rows(result.byStage), 'lrrrrr'));
      if (result.byTouchpoint.length > 0) {
        parts.push(table(['Touchpoint', ...headers], rows(result.byTouchpoint), 'lrrrrr'));
      }
      return { json: result, table: parts.join('\n\n') };
    },
  ).option('--no-sentiment', 'leave texts out: survey answers only');
}
