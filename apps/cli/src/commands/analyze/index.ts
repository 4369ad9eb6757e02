import type { Command } from 'commander';
import type { CliIo } from '../../cli-io.ts';
import type { Ui } from '../../i18n/ui.ts';
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
 * emotions, pains, sentiment, themes, personas), experiments and attribution. A table in
 * the user's language by default (names from --map FILE, statistics in plain words, the
 * details with --details), JSON with ids with --json. One file per kind in this folder.
 */
export function registerAnalyze(program: Command, io: CliIo, ui: Ui): void {
  const analyze = program.command('analyze').description(ui.t.help.commands.analyze);
  const kind = kindMaker(analyze, io, ui);
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
    register(kind, ui);
  }
}
