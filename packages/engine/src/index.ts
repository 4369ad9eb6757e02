export * from './analytics/index.ts';
export * from './binding/index.ts';
export * from './identity/index.ts';
export * from './import/index.ts';
export * from './stats/index.ts';
export * from './store/duckdb.ts';
export * from './store/schema.ts';
export * from './text/index.ts';
