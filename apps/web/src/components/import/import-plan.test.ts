import { describe, expect, it } from 'vitest';
import { ImportField } from '../../api/import-schemas.ts';
import { importQuery } from '../../api/imports.ts';
import {
  cellValue,
  fieldSources,
  fieldValue,
  fileHead,
  mappingOf,
  missingFields,
  PREVIEW_BYTES,
  percent,
  rowColumns,
  serverSources,
} from './import-plan.ts';

const fields = ImportField.options;

describe('import preview helpers', () => {
  it('sends only the first megabyte of a large file', () => {
    const small = new Blob(['time,event\n']);
    expect(fileHead(small)).toBe(small);
    const large = new Blob([new Uint8Array(PREVIEW_BYTES + 10)]);
    expect(fileHead(large).size).toBe(PREVIEW_BYTES);
  });

  it('reads the server mapping in either shape (one column or several)', () => {
    expect(serverSources({ timestamp: ['ts', 'time'], event: 'name', url: null }, 'timestamp')).toEqual([
      'ts',
      'time',
    ]);
    expect(serverSources({ event: 'name' }, 'event')).toEqual(['name']);
    expect(serverSources({ url: null }, 'url')).toEqual([]);
  });

  it('lets a chosen column replace what the server found, field by field', () => {
    const sources = fieldSources(
      { timestamp: ['ts'], event: ['action'] },
      { event: 'name', email: 'mail' },
      fields,
    );
    expect(sources).toEqual({ timestamp: ['ts'], event: ['name'], email: ['mail'] });
  });

  it('reads a column, or a dotted path into JSON text, from a preview row', () => {
    const row = { time: '2024-01-02', context: '{"page":{"url":"https://a.example/"},"n":3}', empty: null };
    expect(cellValue(row, 'time')).toBe('2024-01-02');
    expect(cellValue(row, 'context.page.url')).toBe('https://a.example/');
    expect(cellValue(row, 'context.page')).toBe('{"url":"https://a.example/"}');
    expect(cellValue(row, 'context.n')).toBe('3');
    expect(cellValue(row, 'context.missing')).toBeNull();
    expect(cellValue(row, 'empty')).toBeNull();
    expect(cellValue(row, 'nowhere')).toBeNull();
    expect(cellValue({ 'a.b': 'dotted name' }, 'a.b')).toBe('dotted name');
    expect(cellValue({ a: 'not json' }, 'a.b')).toBeNull();
  });

  it('takes the first non-empty source of a field', () => {
    expect(fieldValue({ user: '', email: 'a@b.c' }, ['user', 'email'])).toBe('a@b.c');
    expect(fieldValue({ user: null }, ['user'])).toBeNull();
  });

  it('names what an import needs and lacks: time, event, an identifier', () => {
    expect(missingFields({})).toEqual(['timestamp', 'event', 'identifier']);
    expect(missingFields({ timestamp: ['t'], event: ['e'], crm_id: ['c'] })).toEqual([]);
    expect(missingFields({ timestamp: ['t'], url: ['u'] })).toEqual(['event', 'identifier']);
  });

  it('writes the chosen columns and time format as the import mapping', () => {
    expect(mappingOf({ event: 'name', url: '' }, ' %d.%m.%Y ')).toEqual({
      event: 'name',
      timeFormat: '%d.%m.%Y',
    });
    expect(mappingOf({}, '')).toEqual({});
  });

  it('puts name, preset and mapping in the query, leaving out what is not chosen', () => {
    const query = new URLSearchParams(
      importQuery({ name: 'a b.csv', preset: 'ga4', mapping: { event: 'x' } }),
    );
    expect(Object.fromEntries(query)).toEqual({ name: 'a b.csv', preset: 'ga4', mapping: '{"event":"x"}' });
    expect(importQuery({ name: 'x.csv', preset: undefined, mapping: {} })).toBe('name=x.csv');
  });

  it('shows the columns the rows hold: CSV columns, or the top-level fields of JSON records', () => {
    expect(rowColumns({ columns: ['b', 'a'], rows: [{ a: '1', b: '2' }] })).toEqual(['b', 'a']);
    expect(
      rowColumns({
        columns: ['event', 'context', 'context.page', 'context.page.url'],
        rows: [
          { event: 'x', context: '{}' },
          { event: 'y', extra: '1' },
        ],
      }),
    ).toEqual(['event', 'context', 'extra']);
  });

  it('shows progress as a clamped whole percentage', () => {
    expect(percent(undefined)).toBe(0);
    expect(percent(0.456)).toBe(46);
    expect(percent(1.2)).toBe(100);
    expect(percent(Number.NaN)).toBe(0);
  });
});
