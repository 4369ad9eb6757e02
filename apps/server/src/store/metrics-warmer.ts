import { createHash } from 'node:crypto';
import type { JourneyMap } from '@opencjm/core';
import { ensureJourneys, type PeriodOption, utcPeriod } from '@opencjm/engine';
import { storedMap } from '../documents/maps.ts';
import { mapMetrics } from '../routes/map-metrics.ts';
import type { DocumentTable } from './document-table.ts';
import type { Workspace } from './workspace.ts';

/** The funnel window the editor asks map figures for (the route's default). */
export const DEFAULT_METRICS_WINDOW = '7d';

/**
 * Key of a map's figures in the analysis queue's kept answers: the map's id and content,
 * the window and the period (its bounds as UTC instants, so `2026-01-01` and
 * `2026-01-01T00:00Z` share an answer). The metrics route and the warmer use it, so a warmed
 * answer is the one served; the warmer warms the all-time figures only (no period).
 */
export function metricsKey(map: JourneyMap, window: string, period?: PeriodOption): string {
  const content = createHash('sha1').update(JSON.stringify(map)).digest('base64url');
  const utc = utcPeriod(period);
  const span = utc === undefined ? '' : `|${utc.from ?? ''}..${utc.to ?? ''}`;
  return `map-metrics|${map.id}|${window}|${content}${span}`;
}

/** What `onError` names when building the journey tables failed (no map has this id). */
export const JOURNEYS = '(journey tables)';

/**
 * A warming is followed by the next no sooner than this many times its own length: data
 * collected live changes every second, and the queue runs one analysis at a time, so
 * warming takes at most a fifth of it and editors' own questions keep the rest.
 */
const REST_FACTOR = 4;

export interface MetricsWarmer {
  /**
   * Warms every map's figures after `delayMs` (and after a rest of four times the last
   * warming's length), once, however often it is called meanwhile.
   */
  schedule(): void;
  /** Resolves when no warming is scheduled or running. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Builds the journey tables and computes every map's figures ahead of the editors that
 * will ask for them: on start, after data arrives and after a map is saved. Answers are kept per map content and data version
 * (`AnalysisQueue.cached`), so a map opened afterwards answers from memory instead of
 * queueing behind other analyses. Maps are warmed one at a time through the same queue,
 * so a warming never runs two analyses at once; a failure is logged and skipped.
 */
export function metricsWarmer(
  workspace: Pick<Workspace, 'maps' | 'analyses'>,
  options: { delayMs?: number; onError?: (mapId: string, error: unknown) => void } = {},
): MetricsWarmer {
  const delayMs = options.delayMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  /** When the last warming may be followed by the next (see {@link REST_FACTOR}). */
  let restUntil = 0;

  const warmAll = async () => {
    // the journey tables first, so the first funnel, process map or paths after new data
    // read them instead of rebuilding them while an editor waits
    try {
      await workspace.analyses.run((store) => ensureJourneys(store.conn));
    } catch (error) {
      options.onError?.(JOURNEYS, error);
    }
    for (const summary of await workspace.maps.list()) {
      if (stopped) return;
      const stored = await workspace.maps.get(summary.id);
      if (stored === undefined) continue;
      try {
        const { map } = storedMap(stored);
        await workspace.analyses.cached(metricsKey(map, DEFAULT_METRICS_WINDOW), (store) =>
          mapMetrics(store, map, DEFAULT_METRICS_WINDOW),
        );
      } catch (error) {
        options.onError?.(summary.id, error);
      }
    }
  };

  const schedule = () => {
    if (stopped || timer) return;
    if (running) {
      again = true;
      return;
    }
    timer = setTimeout(start, Math.max(delayMs, restUntil - Date.now()));
    timer.unref();
  };

  const start = () => {
    timer = undefined;
    if (stopped) return;
    const began = Date.now();
    running = warmAll()
      .catch((error) => options.onError?.('*', error))
      .finally(() => {
        const ended = Date.now();
        restUntil = ended + REST_FACTOR * (ended - began);
        running = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
  };

  return {
    schedule,
    async idle() {
      while (timer || running) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * The server's warmer (none when `delayMs` is false): warms on start and after every data
 * change; `watched(maps)` is the maps table that also warms after a save.
 */
export function startMetricsWarmer(
  workspace: Pick<Workspace, 'maps' | 'analyses'>,
  delayMs: number | false,
  onError: (mapId: string, error: unknown) => void,
): (MetricsWarmer & { watched(maps: DocumentTable): DocumentTable }) | undefined {
  if (delayMs === false) return undefined;
  const warmer = metricsWarmer(workspace, { delayMs, onError });
  const unsubscribe = workspace.analyses.onDataChanged(() => warmer.schedule());
  warmer.schedule();
  return {
    ...warmer,
    stop() {
      unsubscribe();
      warmer.stop();
    },
    watched: (maps) => ({
      ...maps,
      insert: async (id, doc) => after(await maps.insert(id, doc)),
      update: async (id, expected, doc) => after(await maps.update(id, expected, doc)),
    }),
  };

  function after<T>(outcome: T): T {
    warmer.schedule();
    return outcome;
  }
}
