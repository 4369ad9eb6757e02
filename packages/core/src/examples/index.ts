export * from './laptop-purchase.ts';
export * from './personas.ts';
