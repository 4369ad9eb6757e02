import { z } from 'zod';
import { sqlStringList } from '../import/sql.ts';

/** Kinds of customer identifier, in the order that picks a row's `customer_ref`. */
export const IDENTIFIER_TYPES = [
  'anonymous_id',
  'user_id',
  'email',
  'phone',
  'crm_id',
  'customer_id',
] as const;
export const IdentifierType = z.enum(IDENTIFIER_TYPES);
export type IdentifierType = z.infer<typeof IdentifierType>;

/**
 * Placeholder values that trackers and CRMs write when they do not know the customer.
 * Treating them as identifiers would merge every unknown visitor into one giant customer.
 * Compared after trim and lower-casing.
 */
export const BLOCKED_IDENTIFIER_VALUES: readonly string[] = [
  '',
  'null',
  'undefined',
  'nil',
  'none',
  'nan',
  'n/a',
  'na',
  '-',
  '--',
  '0',
  'anonymous',
  'anon',
  'unknown',
  '(null)',
  '(not set)',
  'not set',
  '00000000-0000-0000-0000-000000000000',
];

/**
 * Normalises one identifier value as the importer stores it, or returns null when it is
 * blocked: spaces around it removed; e-mail lower-cased; phone reduced to digits, keeping a leading `+`;
 * other kinds trimmed. Mirrors {@link identifierSql} (a test keeps the two in step).
 *
 * @example normalizeIdentifier('email', ' Anna@Example.COM ') // 'anna@example.com'
 * @example normalizeIdentifier('phone', '+7 (912) 000-11-22') // '+79120001122'
 */
export function normalizeIdentifier(
  type: IdentifierType,
  raw: string | null | undefined,
  blocked: readonly string[] = BLOCKED_IDENTIFIER_VALUES,
): string | null {
  if (raw == null) return null;
  const trimmed = raw.replace(/^ +| +$/g, '');
  if (blocked.includes(trimmed.toLowerCase())) return null;
  let value = trimmed;
  if (type === 'email') value = trimmed.toLowerCase();
  if (type === 'phone') value = (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/[^0-9]/g, '');
  if (value === '' || value === '+') return null;
  return value;
}

/** `type:value` as stored in `events.identifiers` and `identity.identifier`. */
export function identifierKey(type: IdentifierType, raw: string | null | undefined): string | null {
  const value = normalizeIdentifier(type, raw);
  return value === null ? null : `${type}:${value}`;
}

/**
 * SQL giving `'type:value'` for a VARCHAR expression that is already trimmed (empty as NULL,
 * see `sqlClean`), or NULL when the value is blocked; the same rules as
 * {@link normalizeIdentifier}.
 */
export function identifierSql(
  type: IdentifierType,
  cleaned: string,
  blocked: readonly string[] = BLOCKED_IDENTIFIER_VALUES,
): string {
  let value = cleaned;
  if (type === 'email') value = `lower(${cleaned})`;
  if (type === 'phone') {
    value = `(CASE WHEN starts_with(${cleaned}, '+') THEN '+' ELSE '' END || regexp_replace(${cleaned}, '[^0-9]', '', 'g'))`;
  }
  const isBlocked = `list_contains(${sqlStringList(blocked)}, lower(${cleaned}))`;
  const empty = type === 'phone' ? ` OR ${value} IN ('', '+')` : '';
  return `(CASE WHEN ${cleaned} IS NULL OR ${isBlocked}${empty} THEN NULL ELSE '${type}:' || ${value} END)`;
}

/**
 * The stored form of what a person gives to be found by: `type:value` (normalised as the
 * importer stores it), a plain e-mail address, or a stitched customer id as it is.
 *
 * @example identifierOf('Anna@Example.com') // 'email:anna@example.com'
 */
export function identifierOf(input: string): string {
  const typed = /^([a-z_]+):(.*)$/s.exec(input.trim());
  if (typed && (IDENTIFIER_TYPES as readonly string[]).includes(typed[1] ?? ''))
    return identifierKey(typed[1] as IdentifierType, typed[2]) ?? input.trim();
  if (input.includes('@')) return identifierKey('email', input) ?? input.trim();
  return input.trim();
}
