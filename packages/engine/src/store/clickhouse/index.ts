export { chIdentifier, chLiteral, inlineParams } from './escape.ts';
export { stitchClickHouse } from './identity.ts';
export { importToClickHouse } from './import.ts';
export { openClickHouse, openClickHouseFromEnv } from './open.ts';
export { CLICKHOUSE_MIGRATIONS, migrateClickHouse } from './schema.ts';
export {
  type ClickHouseStore,
  chCommand,
  chRows,
  type EventStore,
  isClickHouseStore,
  openClickHouseStore,
} from './store.ts';
export { clickHouseAvailable, startTestClickHouse, type TestClickHouse } from './test-server.ts';
export {
  CLICKHOUSE_URL_VARIABLE,
  ClickHouseAddress,
  clickHouseAddressFromEnv,
  parseClickHouseUrl,
} from './url.ts';
