export * from './integrity.ts';
export * from './issue.ts';
export * from './validate.ts';
