import { describe, expect, it } from 'vitest';
import { validateMap } from '../validate/index.ts';
import frozenV0 from './frozen/map-v0.json' with { type: 'json' };
import { documentVersion, type MigrationStep, migrate, migrateMapDocument } from './index.ts';

describe('map migrations', () => {
  it('upgrades the frozen version-0 document to a valid current map', () => {
    const result = migrateMapDocument(structuredClone(frozenV0));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(0);
    expect(result.applied).toEqual([0]);
    expect(result.document.schemaVersion).toBe(1);
    const valid = validateMap(result.document);
    expect(valid.ok).toBe(true);
    if (valid.ok) expect(valid.map.cards[0]?.text).toBe('Видит рекламу');
  });

  it('leaves a current document as it is', () => {
    const doc = { ...frozenV0, schemaVersion: 1 };
    const result = migrateMapDocument(doc);
    expect(result.ok && result.applied).toEqual([]);
  });

  it('refuses a document newer than this version, naming both versions', () => {
    const result = migrateMapDocument({ ...frozenV0, schemaVersion: 7 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/schemaVersion 7 is newer .*\(1\)/);
  });

  it('refuses a malformed version and a non-object', () => {
    expect(migrateMapDocument({ schemaVersion: 'one' }).ok).toBe(false);
    expect(migrateMapDocument([1, 2]).ok).toBe(false);
  });

  it('chains numbered steps in order and reports a gap', () => {
    const steps: MigrationStep[] = [
      { from: 0, description: 'add a', up: (d) => ({ ...d, a: 1 }) },
      { from: 1, description: 'a to b', up: ({ a, ...rest }) => ({ ...rest, b: a }) },
    ];
    const result = migrate({ x: true }, steps, 2);
    expect(result).toEqual({
      ok: true,
      from: 0,
      applied: [0, 1],
      document: { x: true, b: 1, schemaVersion: 2 },
    });
    expect(migrate({ schemaVersion: 1 }, [steps[0] as MigrationStep], 2).ok).toBe(false);
  });

  it('reads missing schemaVersion as version 0', () => {
    expect(documentVersion({})).toBe(0);
    expect(documentVersion({ schemaVersion: 1 })).toBe(1);
    expect(documentVersion({ schemaVersion: -1 })).toBeUndefined();
  });
});
