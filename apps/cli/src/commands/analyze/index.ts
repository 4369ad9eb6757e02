import type { Command } from 'commander';
import type { CliIo } from '../../cli-io.ts';
import { registerAttribution } from './attribution.ts';
import { registerCes } from './ces.ts';
import { registerCsat } from './csat.ts';
import { registerDfg } from './dfg.ts';
import { registerDwell } from './dwell.ts';
import { registerEmotions } from './emotions.ts';
import { registerExperiment } from './experiment.ts';
import { registerFunnel } from './funnel.ts';
import { kindMaker } from './kind.ts';
import { registerNps } from './nps.ts';
import { registerOutcomes } from './outcomes.ts';
import { registerPains } from './pains.ts';
import { registerPaths } from './paths.ts';
import { registerPersonas } from './personas.ts';
import { registerSentimentKind } from './sentiment.ts';
import { registerThemes } from './themes.ts';
import { registerTimeline } from './timeline.ts';
import { registerUnmatched } from './unmatched.ts';
import { registerVariants } from './variants.ts';

/**
 * `cjm analyze KIND`: analytics over the workspace's events — journey analytics (funnel,
 * paths, dfg, variants, dwell, outcomes, timeline, unmatched) and insight (nps, csat, ces,
 * emotions, pains, sentiment, themes, personas), experiments and attribution. A table by default, JSON with --json; --map FILE binds events
 * to the map's touchpoints and stages. One file per kind in this folder.
 */
export function registerAnalyze(program: Command, io: CliIo): void {
  const analyze = program
    .command('analyze')
    .description(
      'analytics: funnel, paths, dfg, variants, dwell, outcomes, timeline, unmatched, nps, csat, ces, emotions, pains, sentiment, themes, personas, experiment, attribution',
    );
  const kind = kindMaker(analyze, io);
  for (const register of [
    registerFunnel,
    registerPaths,
    registerDfg,
    registerVariants,
    registerDwell,
    registerOutcomes,
    registerTimeline,
    registerUnmatched,
    registerNps,
    registerCsat,
    registerCes,
    registerEmotions,
    registerPains,
    registerSentimentKind,
    registerThemes,
    registerPersonas,
    registerExperiment,
    registerAttribution,
  ]) {
    register(kind);
  }
}
