export * from './common.ts';
export * from './map.ts';
export * from './persona.ts';
