export * from './bidi.ts';
