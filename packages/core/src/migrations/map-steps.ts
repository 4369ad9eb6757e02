import type { MigrationStep } from './framework.ts';

/**
 * Version 0 → 1: documents written by hand before `schemaVersion` existed. Their shape is
 * version 1's; the step only stamps the version, so validation then reports any real
 * problem by path.
 */
const v0ToV1: MigrationStep = {
  from: 0,
  description: 'stamp schemaVersion on documents written before it existed',
  up: (doc) => ({ schemaVersion: 1, ...doc }),
};

/** Every map migration, in order. Append; never edit a released step. */
export const MAP_MIGRATIONS: readonly MigrationStep[] = [v0ToV1];
