export * from './store/duckdb.ts';
export * from './store/schema.ts';
