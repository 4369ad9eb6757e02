import { describe, expect, it } from 'vitest';
import { SqlParams } from '../../analytics/sql/params.ts';
import { chIdentifier, chLiteral, inlineParams } from './escape.ts';
import { parseClickHouseUrl } from './url.ts';

describe('chLiteral', () => {
  it('escapes quotes, backslashes and NUL in strings', () => {
    expect(chLiteral("it's a \\ path\0")).toBe("'it\\'s a \\\\ path\\0'");
  });
  it('writes numbers, bigints, booleans and null as ClickHouse literals', () => {
    expect([chLiteral(5), chLiteral(2.5), chLiteral(12n), chLiteral(true), chLiteral(null)]).toEqual([
      'toInt64(5)',
      'toFloat64(2.5)',
      'toInt64(12)',
      '1',
      'NULL',
    ]);
  });
  it('quotes identifiers in backquotes', () => {
    expect(chIdentifier('a`b')).toBe('`a\\`b`');
  });
});

describe('inlineParams', () => {
  it('replaces each placeholder once, so a value that looks like one stays text', () => {
    const p = new SqlParams('clickhouse');
    const sql = `SELECT ${p.value('{p2:Int64}')}, ${p.value(7)}`;
    expect(inlineParams(sql, p)).toBe("SELECT '{p2:Int64}', toInt64(7)");
  });
  it('names a placeholder that has no value', () => {
    expect(() => inlineParams('SELECT {p9:Int64}', new SqlParams('clickhouse'))).toThrow('{p9}');
  });
});

describe('parseClickHouseUrl', () => {
  it('reads user, password, host and database', () => {
    expect(parseClickHouseUrl('http://ana:s%3Acret@db.example:8123/shop')).toEqual({
      origin: 'http://db.example:8123',
      username: 'ana',
      password: 's:cret',
      database: 'shop',
    });
  });
  it('defaults to the default user and database', () => {
    expect(parseClickHouseUrl('http://127.0.0.1:8123')).toMatchObject({
      username: 'default',
      database: 'default',
    });
  });
  it('names the variable when the address is wrong', () => {
    expect(() => parseClickHouseUrl('ftp://x/y')).toThrow(/OPENCJM_CLICKHOUSE_URL: expected http/);
    expect(() => parseClickHouseUrl('http://h/bad-name')).toThrow(/OPENCJM_CLICKHOUSE_URL: database/);
  });
});
