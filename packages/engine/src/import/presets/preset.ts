import { IDENTIFIER_TYPES } from '../../identity/identifiers.ts';
import type { FieldSource } from '../fields.ts';
import type { ImportPreset } from '../options.ts';
import { type FieldPlan, pick } from '../plan.ts';

/** A named mapping from an export's columns to event fields. */
export interface Preset {
  name: ImportPreset;
  plan(src: FieldSource): FieldPlan;
}

/** Identifier columns named after their kind (`email`, `crm_id` …), when present. */
export function identifierColumns(src: FieldSource): FieldPlan {
  const plan: FieldPlan = {};
  for (const type of IDENTIFIER_TYPES) {
    const expr = pick(src, type);
    if (expr) plan[type] = expr;
  }
  return plan;
}
