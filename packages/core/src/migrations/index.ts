import { MAP_SCHEMA_VERSION } from '../schema/index.ts';
import { type MigrationResult, migrate } from './framework.ts';
import { MAP_MIGRATIONS } from './map-steps.ts';

export * from './framework.ts';
export { MAP_MIGRATIONS } from './map-steps.ts';

/** Upgrades a parsed map document to the current schema version. */
export function migrateMapDocument(input: unknown): MigrationResult {
  return migrate(input, MAP_MIGRATIONS, MAP_SCHEMA_VERSION);
}
