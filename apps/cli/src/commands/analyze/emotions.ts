import { type EmotionPoint, emotions, sentimentScorer } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind } from './kind.ts';
import { range } from './survey-table.ts';

/** `cjm analyze emotions`: the emotion curve (−2…+2) from text sentiment and survey answers. */
export function registerEmotions(kind: Kind, ui: Ui): void {
  kind<{ sentiment: boolean }>('emotions', async (store, map, o, _args, s) => {
    const result = await emotions(store, {
      map,
      ...(o.sentiment ? { scorer: sentimentScorer } : {}),
      period: s.period,
    });
    const { fmt } = s.ui;
    const t = s.ui.t.analyze.emotions;
    const two = (x: number) => fmt.fixed(x, 2);
    const rows = (points: EmotionPoint[], name: (id: string) => string) =>
      points.map((p) => [
        name(p.name),
        fmt.fixed(p.score, 2),
        ...(s.details ? [fmt.interval(p.ci, two)] : []),
        fmt.int(p.n),
        fmt.int(p.texts.n),
        fmt.int(p.answers.n),
      ]);
    const h = t.headers;
    const headers = [
      h.score,
      ...(s.details ? [s.ui.t.analyze.survey.headers.ci] : []),
      'n',
      h.texts,
      h.answers,
    ];
    const align = `l${'r'.repeat(headers.length)}`;
    const all = result.overall;
    const head = t.head(
      fmt.fixed(all.score, 2),
      range(all.ci, two, s),
      fmt.int(all.n),
      fmt.int(all.texts.n),
      !o.sentiment,
      fmt.int(all.answers.n),
    );
    const d = s.ui.t.analyze.dimensions;
    const parts = [head];
    if (result.byStage.length > 0)
      parts.push(table([d.stage, ...headers], rows(result.byStage, s.names.stage), align));
    if (result.byTouchpoint.length > 0) {
      parts.push(table([d.touchpoint, ...headers], rows(result.byTouchpoint, s.names.touchpoint), align));
    }
    return { json: result, table: parts.join('\n\n') };
  }).option('--no-sentiment', ui.t.help.analyze.emotions.noSentiment);
}
