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
 * as a subquery: `FROM (${boundEventsSql(map, p)}) AS bound_events`. `events` is the FROM
 * item it reads (default `customer_events`; a period's events, see `periodEvents`).
 */
export function boundEventsSql(map: BindingMap, p: SqlParams, events = 'customer_events'): string {
  const arms: string[] = [];
  const ids: string[] = [];
  const stages: string[] = [];
  const stageNos: string[] = [];
  // The same values by touchpoint number (index + 1), for DuckDB's list lookup.
  const idByNo: (string | null)[] = [];
  const stageByNo: (string | null)[] = [];
  const stageNoByNo: (string | null)[] = [];
  map.touchpoints.forEach((tp, index) => {
    idByNo.push(null);
    stageByNo.push(null);
    stageNoByNo.push(null);
    const condition = tp.match ? ruleCondition(tp.match, p) : null;
    if (condition === null) return;
    const no = index + 1;
    arms.push(`WHEN ${condition} THEN ${no}`);
    const id = p.value(tp.id);
    ids.push(`WHEN ${no} THEN ${id}`);
    idByNo[index] = id;
    const stage = map.stages.findIndex((s) => s.id === tp.stage);
    if (tp.stage !== undefined && stage >= 0) {
      const stageId = p.value(tp.stage);
      stages.push(`WHEN ${no} THEN ${stageId}`);
      stageByNo[index] = stageId;
      stageNos.push(`WHEN ${no} THEN ${stage + 1}`);
      stageNoByNo[index] = String(stage + 1);
    }
  });
  const text = p.dialect === 'duckdb' ? 'VARCHAR' : 'Nullable(String)';
  const int = p.dialect === 'duckdb' ? 'INTEGER' : 'Nullable(Int32)';
  // DuckDB inlines `touchpoint_no` into every expression that reads it, and expands a simple
  // CASE into one comparison per arm: a CASE per touchpoint would evaluate all the rules once
  // per touchpoint, at every mention of `stage_no`. A list indexed by the number reads it once.
  const caseOf = (whens: string[], byNo: (string | null)[], type: string) =>
    whens.length === 0
      ? `CAST(NULL AS ${type})`
      : p.dialect === 'duckdb'
        ? `CAST([${byNo.map((v) => v ?? 'NULL').join(', ')}] AS ${type}[])[touchpoint_no]`
        : // ClickHouse 18.16 answers NULL for every row of a simple `CASE x WHEN …`: searched CASE
          `CASE ${whens.map((w) => w.replace(/^WHEN /, 'WHEN touchpoint_no = ')).join(' ')} END`;
  const touchpointNo = arms.length === 0 ? `CAST(NULL AS ${int})` : `CASE ${arms.join(' ')} END`;
  return `SELECT *, ${caseOf(ids, idByNo, text)} AS touchpoint, ${caseOf(stageNos, stageNoByNo, int)} AS stage_no,
      ${caseOf(stages, stageByNo, text)} AS stage
    FROM (SELECT *, ${touchpointNo} AS touchpoint_no FROM ${events})`;
}
