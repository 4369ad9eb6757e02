export * from './api.ts';
export * from './initiative.ts';
