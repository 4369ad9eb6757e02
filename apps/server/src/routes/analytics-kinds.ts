import type { JourneyMap } from '@opencjm/core';
import {
  BindingReport,
  bindingReport,
  DfgResult,
  type DuckDbStore,
  DwellResult,
  dfg,
  dwell,
  FunnelResult,
  funnel,
  type PeriodOption,
  TimelineResult,
  TopPathsResult,
  timeline,
  topPaths,
} from '@opencjm/engine';
import type { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import type { AnalyticsQuery } from '../schemas/analytics.ts';

/** What a kind is asked with: the query, the stored map it names and the period, checked. */
export interface Ask {
  readonly query: AnalyticsQuery;
  readonly map: JourneyMap | undefined;
  readonly period: PeriodOption;
}

/** One analysis of `GET /api/analytics/KIND`: its OpenAPI summary, answer schema and engine call. */
export interface AnalyticsKind<R extends z.ZodType> {
  readonly summary: string;
  readonly result: R;
  /** Refuses a query it cannot answer (400), before anything is computed. */
  readonly check?: (ask: Ask) => void;
  readonly run: (store: DuckDbStore, ask: Ask) => Promise<z.infer<R>>;
}

/** Longest funnel asked for by steps: more is no funnel a person reads, and costs a join per step. */
const MAX_FUNNEL_STEPS = 100;

const kind = <R extends z.ZodType>(spec: AnalyticsKind<R>) => spec;

const scope = ({ map, period }: Ask) => ({ ...(map ? { map } : {}), ...(period ? { period } : {}) });
const journeyBy = ({ query, map }: Ask) => query.by ?? (map ? 'touchpoint' : 'event');

function funnelSteps({ query }: Ask): string[] | undefined {
  return query.steps
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Every analysis the API serves at `/api/analytics/KIND`, each with the zod schema of its
 * answer (the engine's own, so OpenAPI documents each kind's answer exactly). A new kind
 * is one entry here.
 */
export const ANALYTICS_KINDS = {
  funnel: kind({
    summary: 'Ordered funnel over steps=A,B,C or the map’s stages, within the conversion window',
    result: FunnelResult,
    check: (ask) => {
      const steps = funnelSteps(ask);
      if (!steps && !ask.map) throw badRequest('steps-or-map', 'map', 'give map=ID or steps=A,B,C');
      if (steps !== undefined && steps.length > MAX_FUNNEL_STEPS)
        throw badRequest(
          'too-many-steps',
          'steps',
          `a funnel has at most ${MAX_FUNNEL_STEPS} steps (got ${steps.length})`,
        );
    },
    run: (store, ask) => {
      const steps = funnelSteps(ask);
      const window = ask.query.window;
      return funnel(
        store,
        steps ? { steps, window, ...(ask.period ? { period: ask.period } : {}) } : { ...scope(ask), window },
      );
    },
  }),
  dfg: kind({
    summary: 'Directly-follows graph (process map) by event, channel, touchpoint or stage',
    result: DfgResult,
    run: (store, ask) => dfg(store, { ...scope(ask), by: journeyBy(ask) }),
  }),
  paths: kind({
    summary: 'The most frequent whole paths, with an "other" bucket',
    result: TopPathsResult,
    run: (store, ask) => topPaths(store, { ...scope(ask), by: journeyBy(ask), limit: ask.query.top }),
  }),
  dwell: kind({
    summary: 'Time spent at each touchpoint, channel, stage or activity, and exits',
    result: DwellResult,
    run: (store, ask) => dwell(store, { ...scope(ask), ...(ask.query.by ? { by: ask.query.by } : {}) }),
  }),
  timeline: kind({
    summary: 'One customer’s events in order, by any of their identifiers (customer=)',
    result: TimelineResult,
    check: ({ query }) => {
      if (!query.customer) throw badRequest('missing-customer', 'customer', 'give customer=ID');
    },
    run: (store, { query, map }) =>
      timeline(store, { ...(map ? { map } : {}), customer: query.customer ?? '' }),
  }),
  unmatched: kind({
    summary: 'Events no touchpoint rule of the map binds, and customers per touchpoint',
    result: BindingReport,
    check: ({ map }) => {
      if (!map) throw badRequest('missing-map', 'map', 'give map=ID');
    },
    run: (store, { map }) => {
      if (!map) throw badRequest('missing-map', 'map', 'give map=ID');
      return bindingReport(store, map);
    },
  }),
} satisfies Record<string, AnalyticsKind<z.ZodType>>;

export function badRequest(code: string, path: string, message: string): ApiError {
  return new ApiError(400, { error: { code, issues: [{ path, code, message }] } });
}
