import { duckFunnelFigures, range } from './funnel-sql.ts';

/** What the streaming funnel is built from; every value inside is already a bound placeholder. */
export interface FunnelStreamParts {
  /**
   * `journey_events`, or a projection of it that keeps its order (the map's binding over
   * it), with the columns `n`, `n0`, `t` and whatever the steps read.
   */
  readonly relation: string;
  /** One condition per step over the relation's columns, in order. */
  readonly steps: readonly string[];
  /** Placeholder of the window in microseconds. */
  readonly window: string;
  /** Expression of the breakdown value over `journey_events` columns, if any. */
  readonly breakdown?: string;
  /** Whether one event may match several steps (repeated or wildcard steps). */
  readonly overlapping: boolean;
  /**
   * An expression giving each row's step number (NULL: none) in place of the conditions,
   * e.g. the map's `stage_no`: read once per row instead of once per step.
   */
  readonly stepNumber?: string;
  /**
   * Ranges [from, to) of `n0` read as separate streams, customers never split: a
   * streaming window runs on one thread, so each range is one thread's share.
   */
  readonly slices: readonly (readonly [number, number])[];
}

/** Added to µs so that an instant before 1970 still packs as a non-negative low half. */
const SHIFT = '4611686018427387904';
const LOW = '18446744073709551615';

/** The entry (its row number `n`) and its instant packed into one HUGEINT: n high, µs low. */
const pack = (n: string, t: string) => `((${n}::HUGEINT << 64) | (${t} + ${SHIFT}))`;
const entryN = (s: string) => `CAST((${s}) >> 64 AS BIGINT)`;
const entryT = (s: string) => `(CAST((${s}) & ${LOW} AS BIGINT) - ${SHIFT})`;

/**
 * The funnel as `funnelSql` computes it — ClickHouse's `windowFunnel` dynamic programme with
 * the times kept — over `journey_events`, which is stored in journey order and numbered
 * (`n`, and `n0` for the customer's first row; see store/journeys.ts). Read front to back,
 * the step rows need no sort: level l is one running maximum over the rows before, the
 * latest entry that reached level l − 1, kept when it is this customer's (entry n ≥ n0) and
 * within the window of that entry. DuckDB evaluates such a window as a streaming operator
 * in the scan's order, so the k − 1 levels cost k − 1 passes over the step rows instead of
 * k − 1 sorts. An event matching several steps gives one row per step, higher step first,
 * so one event never plays two steps of one chain. Each slice of customers is read in one
 * nested query (never a CTE read twice, which DuckDB may materialise out of order), the
 * slices side by side.
 */
export function funnelStreamSql({
  relation,
  steps,
  window,
  breakdown,
  overlapping,
  slices,
  stepNumber,
}: FunnelStreamParts): string {
  const k = steps.length;
  const any = stepNumber ? `${stepNumber} BETWEEN 1 AND ${k}` : steps.map((c) => `(${c})`).join(' OR ');
  const stepOf = stepNumber
    ? stepNumber
    : overlapping
      ? `unnest(list_filter([${steps
          .map((c, i) => `CASE WHEN ${c} THEN ${i + 1} END`)
          .reverse()
          .join(', ')}], x -> x IS NOT NULL))`
      : `CASE ${steps.map((c, i) => `WHEN ${c} THEN ${i + 1}`).join(' ')} END`;
  const stream = ([from, to]: readonly [number, number]) => {
    let rows = `SELECT n, n0, t, step, CASE WHEN step = 1 THEN ${pack('n', 't')} END AS s1
      FROM (SELECT n, n0, t, ${stepOf} AS step FROM ${relation}
        WHERE n0 >= ${from} AND n0 < ${to} AND (${any}))`;
    for (const l of range(2, k)) {
      const reach = `CASE WHEN step = ${l} THEN max(s${l - 1}) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) END`;
      rows = `SELECT * EXCLUDE (p), CASE WHEN ${entryN('p')} >= n0 AND t - ${entryT('p')} <= ${window} THEN p END AS s${l}
        FROM (SELECT *, ${reach} AS p FROM (${rows}))`;
    }
    return rows;
  };
  const rows = slices.map((slice) => `SELECT * FROM (${stream(slice)})`).join('\n      UNION ALL ');
  const levels = range(2, k).reverse();
  const ctes = [
    // the latest entry of every customer who entered: the chain of those who got no further
    `entries AS (SELECT n0, max(n) AS e FROM ${relation} WHERE ${stepNumber ? `${stepNumber} = 1` : steps[0]} GROUP BY n0)`,
  ];
  if (k > 1) {
    ctes.push(`chains AS (
      SELECT n0, s, max(level) AS level, ${range(2, k)
        .map((j) => `min(t) FILTER (WHERE level = ${j}) AS t${j}`)
        .join(', ')}
      FROM (SELECT n0, t, CASE ${levels.map((l) => `WHEN s${l} IS NOT NULL THEN ${l}`).join(' ')} END AS level,
          coalesce(${levels.map((l) => `s${l}`).join(', ')}) AS s
        FROM (${rows}))
      WHERE level IS NOT NULL
      GROUP BY n0, s)`);
    // the customer's furthest level, and of the chains reaching it the latest entry
    ctes.push(`best AS (
      SELECT n0, arg_max({'level': level, 's': s, ${range(2, k)
        .map((j) => `'t${j}': t${j}`)
        .join(', ')}}, (level::HUGEINT << 100) | (${entryN('s')} - n0)) AS b
      FROM chains GROUP BY n0)`);
  }
  const times =
    k > 1
      ? [
          'coalesce(b.level, 1) AS level',
          `coalesce(${entryN('b.s')}, entries.e) AS entry`,
          `${entryT('b.s')} AS t1`,
          ...range(2, k).map((j) => `b.t${j} AS t${j}`),
        ]
      : ['1 AS level', 'entries.e AS entry'];
  ctes.push(`reached AS (
    SELECT ${times.join(', ')} FROM entries ${k > 1 ? 'LEFT JOIN best USING (n0)' : ''})`);
  const from = breakdown
    ? `(SELECT reached.*, ${breakdown} AS bvalue FROM reached JOIN journey_events ON journey_events.n = reached.entry)`
    : 'reached';
  return `WITH ${ctes.join(',\n    ')}
    SELECT ${breakdown ? 'bvalue' : 'NULL'} AS breakdown,
      ${breakdown ? 'grouping(bvalue) = 1' : 'true'} AS overall, ${duckFunnelFigures(k)}
    FROM ${from}
    ${breakdown ? 'GROUP BY GROUPING SETS ((), (bvalue))' : ''}`;
}
