import { IDENTIFIER_TYPES } from '../identity/identifiers.ts';
import { ImportError } from './errors.ts';
import type { FieldSource } from './fields.ts';
import type { ImportMapping, ImportPreset } from './options.ts';
import { type CanonicalField, column, type FieldPlan } from './plan.ts';
import { PRESETS } from './presets/index.ts';

/** Column names recognised without any option, per field (compared case-insensitively). */
const AUTO_NAMES: Record<CanonicalField, string[]> = {
  timestamp: ['timestamp', 'time', 'ts', 'datetime', 'date', 'event_time', 'created_at'],
  event: ['event', 'event_name', 'action', 'activity'],
  channel: ['channel'],
  source: ['source'],
  url: ['url', 'page_url'],
  text: ['text', 'comment', 'message'],
  score: ['score'],
  value: ['value', 'revenue', 'amount'],
  event_id: ['event_id', 'message_id', 'messageId'],
  anonymous_id: ['anonymous_id', 'anonymousId'],
  user_id: ['user_id', 'userId'],
  email: ['email', 'e-mail'],
  phone: ['phone', 'phone_number'],
  crm_id: ['crm_id'],
  customer_id: ['customer_id', 'customer', 'client_id'],
};

/** Where each event field comes from for one file, plus the time format if any. */
export interface ResolvedPlan {
  fields: FieldPlan;
  preset: ImportPreset | null;
  timeFormat: string | null;
}

/**
 * Decides the field plan of a file: the preset (or, without one, the columns named like
 * the fields; a process-mining log is recognised by `case:concept:name`), then the explicit
 * mapping on top. Throws an {@link ImportError} naming the file and the field when a mapped
 * column is missing or the time, event or every identifier has no source (unless not
 * `strict`: a file that cannot be read at all has no columns to check).
 */
export function resolvePlan(
  file: string,
  src: FieldSource,
  preset: ImportPreset | undefined,
  mapping: ImportMapping,
  strict = true,
): ResolvedPlan {
  const chosen = preset ?? (src.find('case:concept:name') ? 'process-log' : undefined);
  const fields = chosen ? PRESETS[chosen].plan(src) : autoPlan(src);
  const { timeFormat, ...columns } = mapping;
  for (const [key, name] of Object.entries(columns) as [CanonicalField, string][]) {
    const expr = column(src, name);
    if (!expr) {
      throw new ImportError(
        file,
        `mapping "${key}": no column "${name}" (columns: ${src.names.join(', ')})`,
        key,
      );
    }
    fields[key] = expr;
  }
  if (!strict) return { fields, preset: chosen ?? null, timeFormat: timeFormat ?? null };
  requireField(file, src, fields, 'timestamp', '--map-time COLUMN');
  requireField(file, src, fields, 'event', '--map-event COLUMN');
  if (!IDENTIFIER_TYPES.some((type) => fields[type])) {
    throw new ImportError(
      file,
      `no identifier column (one of ${IDENTIFIER_TYPES.join(', ')}; columns: ${src.names.join(', ')}); use --map-customer COLUMN, a --mapping file or a --preset`,
      'customer_id',
    );
  }
  return { fields, preset: chosen ?? null, timeFormat: timeFormat ?? null };
}

function autoPlan(src: FieldSource): FieldPlan {
  const plan: FieldPlan = {};
  for (const [key, names] of Object.entries(AUTO_NAMES) as [CanonicalField, string[]][]) {
    const name = names.map((n) => src.find(n)).find((n) => n !== undefined);
    const expr = name === undefined ? undefined : column(src, name);
    if (expr) plan[key] = expr;
  }
  return plan;
}

function requireField(file: string, src: FieldSource, fields: FieldPlan, key: CanonicalField, flag: string) {
  if (fields[key]) return;
  throw new ImportError(
    file,
    `no column for "${key}" (columns: ${src.names.join(', ') || 'none'}); use ${flag}, a --mapping file or a --preset`,
    key,
  );
}
