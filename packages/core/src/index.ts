export * from './diff/index.ts';
export * from './examples/index.ts';
export * from './json-schema.ts';
export * from './migrations/index.ts';
export * from './operations/index.ts';
export * from './schema/index.ts';
export * from './templates/index.ts';
export * from './validate/index.ts';
