export { fisherExact } from './fisher.ts';
export { wilson, Z_95 } from './wilson.ts';
