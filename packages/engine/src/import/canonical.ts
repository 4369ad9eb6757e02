import { IDENTIFIER_TYPES, identifierSql } from '../identity/identifiers.ts';
import type { ResolvedPlan } from './mapping.ts';
import type { FieldExpr } from './plan.ts';
import type { RawSource } from './sources/raw-source.ts';
import { sqlClean, sqlString } from './sql.ts';
import { timeSql } from './time.ts';

/** What turns one file's records into events. */
export interface CanonicalInput {
  source: RawSource;
  plan: ResolvedPlan;
  /** File name: the default event source, and part of every hashed event id. */
  fileName: string;
  blocked: readonly string[];
  /** Deepest nesting of a JSON record's objects and arrays; a deeper record is quarantined. */
  maxDepth: number;
  /** Records may hold NUL bytes (the file does): check each. */
  checkNul: boolean;
}

/** Columns of {@link canonicalSelect}, in file order of the records. */
export const STAGE_COLUMNS = [
  '__present',
  '__own_line',
  '__nl',
  '__event_id',
  '__given',
  '__ts',
  '__event',
  '__ids',
  '__channel',
  '__source',
  '__url',
  '__text',
  '__score',
  '__value',
  '__properties',
  '__reason',
  '__raw',
] as const;

/**
 * SQL reading a file's records and turning each into an event, in one parallel pass:
 * {@link STAGE_COLUMNS}, where `__reason` is NULL for a good record and otherwise says
 * what is wrong, naming the field, and `__raw` keeps a bad record's text. Layered so each
 * value is computed once: clean the fields, type them, judge the record.
 *
 * The event id is the source's id, or md5 of file name and record content: the same
 * record in a file of the same name is the same event, wherever its line.
 */
export function canonicalSelect(input: CanonicalInput): string {
  const { source, plan, fileName } = input;
  const f = plan.fields;
  const clean = (e: FieldExpr | undefined) => (e ? sqlClean(e.sql) : 'NULL::VARCHAR');
  const idTypes = IDENTIFIER_TYPES.filter((type) => f[type]);
  const used = new Set([...Object.values(f).flatMap((e) => e?.uses ?? []), ...source.internal]);
  const columns = [
    `${source.present} AS __present`,
    `${source.ownLine ?? 'NULL::BIGINT'} AS __own_line`,
    `${source.newlines} AS __nl`,
    `${clean(f.timestamp)} AS __f_time`,
    `${clean(f.event)} AS __event`,
    ...idTypes.map((t) => `${clean(f[t])} AS __id_${t}`),
    `${clean(f.channel)} AS __channel`,
    `coalesce(${clean(f.source)}, ${sqlString(fileName)}) AS __source`,
    `${clean(f.url)} AS __url`,
    `${clean(f.text)} AS __text`,
    `${clean(f.score)} AS __f_score`,
    `${clean(f.value)} AS __f_value`,
    `${clean(f.event_id)} AS __f_id`,
    `${source.src.rest(used)} AS __properties`,
    `${source.content} AS __content`,
    `${source.invalid} AS __invalid`,
  ];
  const fields = `SELECT r.*, ${columns.join(', ')} FROM ${source.from()}`;
  const ids = idTypes.map((t) => identifierSql(t, `a.__id_${t}`, input.blocked));
  // A number is an epoch; ISO dates have '-' after the first character or ':' — skip the cast.
  const numeric = `strpos(a.__f_time, '-') <= 1 AND NOT contains(a.__f_time, ':')`;
  const idList =
    ids.length > 0 ? `list_filter([${ids.join(', ')}], lambda x: x IS NOT NULL)` : '[]::VARCHAR[]';
  const typed = `SELECT a.*, ${idList} AS __ids,
      CASE WHEN ${numeric} THEN TRY_CAST(a.__f_time AS DOUBLE) END AS __time_num,
      TRY_CAST(a.__f_score AS DOUBLE) AS __score, TRY_CAST(a.__f_value AS DOUBLE) AS __value,
      a.__f_id IS NOT NULL AS __given,
      coalesce(a.__f_id, md5(${sqlString(fileName)} || chr(31) || a.__content)) AS __event_id
    FROM (${fields}) a`;
  const timed = `SELECT b.*, ${timeSql('b.__f_time', 'b.__time_num', plan.timeFormat)} AS __ts FROM (${typed}) b`;
  // Records converted from XES (they carry their own line) are flat: no depth check.
  const depth = source.src.kind === 'json' && source.ownLine === null ? input.maxDepth : null;
  const judged = `SELECT c.*, ${reasonSql(plan, depth, input.checkNul)} AS __reason FROM (${timed}) c`;
  const staged = STAGE_COLUMNS.filter((c) => c !== '__raw').map((c) => `r.${c}`);
  return `SELECT ${staged.join(', ')}, CASE WHEN r.__reason IS NOT NULL THEN ${source.raw} END AS __raw
    FROM (${judged}) r`;
}

/**
 * SQL: the deepest nesting of objects and arrays in a JSON text (brackets inside strings
 * do not count), as a running sum over its brackets. Only run on the rare records with more
 * brackets than the limit: the bracket count is checked first.
 */
function depthOver(json: string, limit: number): string {
  const brackets = `regexp_replace(regexp_replace(${json}, '"(?:[^"\\\\]|\\\\.)*"', '', 'g'), '[^\\[\\]{}]', '', 'g')`;
  const depth = `list_reduce(list_transform(string_split(${brackets}, ''),
      lambda ch: CASE WHEN ch IN ('{', '[') THEN {'d': 1, 'm': 1} ELSE {'d': -1, 'm': -1} END),
    lambda acc, x: {'d': acc.d + x.d, 'm': greatest(acc.m, acc.d + x.d)}).m`;
  return `length(${json}) - length(replace(replace(${json}, '{', ''), '[', '')) > ${limit} AND ${depth} > ${limit}`;
}

function reasonSql(plan: ResolvedPlan, maxDepth: number | null, checkNul: boolean): string {
  const f = plan.fields;
  const label = (e: FieldExpr | undefined) => sqlString(e?.label ?? 'nowhere');
  const idLabels = IDENTIFIER_TYPES.flatMap((t) => (f[t] ? [f[t].label] : [])).join(', ');
  const hint = plan.timeFormat ? ` (expected format ${plan.timeFormat})` : '';
  return `CASE
    WHEN NOT c.__present THEN NULL
    WHEN c.__invalid IS NOT NULL THEN c.__invalid
    ${checkNul ? `WHEN contains(c.__content, chr(0)) THEN 'contains NUL bytes: binary data, not text'` : ''}
    ${checkNul && maxDepth !== null ? `WHEN regexp_matches(c.__content, '(^|[^\\\\])(\\\\\\\\)*\\\\u0000') THEN 'contains a \\u0000 escape: a NUL character, not text'` : ''}
    ${maxDepth === null ? '' : `WHEN ${depthOver('c.__content', maxDepth)} THEN ${sqlString(`nested deeper than ${maxDepth} levels (maxDepth)`)}`}
    WHEN c.__f_time IS NULL THEN 'no time in ' || ${label(f.timestamp)}
    WHEN c.__ts IS NULL THEN 'unparseable time "' || left(c.__f_time, 100) || '" in ' || ${label(f.timestamp)} || ${sqlString(hint)}
    WHEN len(c.__ids) = 0 THEN ${sqlString(`no identifier in ${idLabels} (empty, or a placeholder such as null or anonymous)`)}
    WHEN c.__event IS NULL THEN 'no event name in ' || ${label(f.event)}
    WHEN c.__score IS NULL AND c.__f_score IS NOT NULL THEN 'score "' || left(c.__f_score, 100) || '" is not a number in ' || ${label(f.score)}
    WHEN c.__value IS NULL AND c.__f_value IS NOT NULL THEN 'value "' || left(c.__f_value, 100) || '" is not a number in ' || ${label(f.value)}
  END`;
}
