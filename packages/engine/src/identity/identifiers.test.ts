import { describe, expect, it } from 'vitest';
import { sqlString } from '../import/sql.ts';
import { openDuckDbStore } from '../store/duckdb.ts';
import { type IdentifierType, identifierKey, identifierSql } from './identifiers.ts';

const CASES: [IdentifierType, string, string | null][] = [
  ['email', ' Anna@Example.COM ', 'email:anna@example.com'],
  ['phone', '+7 (912) 000-11-22', 'phone:+79120001122'],
  ['phone', '8 912 000 11 22', 'phone:89120001122'],
  ['phone', '+', null],
  ['user_id', ' u-Anna ', 'user_id:u-Anna'],
  ['anonymous_id', 'null', null],
  ['anonymous_id', 'Anonymous', null],
  ['customer_id', 'undefined', null],
  ['customer_id', '0', null],
  ['crm_id', '-', null],
  ['crm_id', '   ', null],
  ['email', 'none', null],
];

describe('identifier normalisation', () => {
  it.each(CASES)('%s %j → %j', (type, raw, expected) => {
    expect(identifierKey(type, raw)).toBe(expected);
  });

  it('gives the same result in SQL as in TypeScript', async () => {
    const store = await openDuckDbStore(':memory:');
    for (const [type, raw, expected] of CASES) {
      const cleaned = `nullif(trim(${sqlString(raw)}), '')`;
      const result = await store.conn.runAndReadAll(`SELECT ${identifierSql(type, cleaned)} AS v`);
      expect(result.getRowObjectsJson()[0]?.v ?? null).toBe(expected);
    }
    store.close();
  });
});
