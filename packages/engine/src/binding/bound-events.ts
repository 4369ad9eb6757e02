import type { JourneyMap } from '@opencjm/core';
import type { SqlParams } from '../analytics/sql/params.ts';
import { ruleCondition } from './rule-condition.ts';

/** The parts of a map that bind events: touchpoints with their rules, and stage order. */
export type BindingMap = Pick<JourneyMap, 'stages' | 'touchpoints'>;

/**
 * SQL of `bound_events`: every `customer_events` column plus
 * - `touchpoint_no`: 1-based position in `map.touchpoints` of the first touchpoint whose
 *   rule matches (map order decides overlaps), NULL when none does;
 * - `touchpoint`: that touchpoint's id;
 * - `stage_no`: 1-based position in `map.stages` of the touchpoint's stage;
 * - `stage`: that stage's id (NULL when the touchpoint has no stage).
 * The rules compile to one CASE expression; ids and patterns are bound parameters. Wrap it
 * as a subquery: `FROM (${boundEventsSql(map, p)}) AS bound_events`.
 */
export function boundEventsSql(map: BindingMap, p: SqlParams): string {
  const arms: string[] = [];
  const ids: string[] = [];
  const stages: string[] = [];
  const stageNos: string[] = [];
  map.touchpoints.forEach((tp, index) => {
    const condition = tp.match ? ruleCondition(tp.match, p) : null;
    if (condition === null) return;
    const no = index + 1;
    arms.push(`WHEN ${condition} THEN ${no}`);
    ids.push(`WHEN ${no} THEN ${p.value(tp.id)}`);
    const stage = map.stages.findIndex((s) => s.id === tp.stage);
    if (tp.stage !== undefined && stage >= 0) {
      stages.push(`WHEN ${no} THEN ${p.value(tp.stage)}`);
      stageNos.push(`WHEN ${no} THEN ${stage + 1}`);
    }
  });
  const caseOf = (whens: string[], type: string) =>
    whens.length === 0 ? `CAST(NULL AS ${type})` : `CASE touchpoint_no ${whens.join(' ')} END`;
  const text = p.dialect === 'duckdb' ? 'VARCHAR' : 'Nullable(String)';
  const int = p.dialect === 'duckdb' ? 'INTEGER' : 'Nullable(Int32)';
  const touchpointNo = arms.length === 0 ? `CAST(NULL AS ${int})` : `CASE ${arms.join(' ')} END`;
  return `SELECT *, ${caseOf(ids, text)} AS touchpoint, ${caseOf(stageNos, int)} AS stage_no,
      ${caseOf(stages, text)} AS stage
    FROM (SELECT *, ${touchpointNo} AS touchpoint_no FROM customer_events)`;
}
