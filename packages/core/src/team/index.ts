export * from './accounts.ts';
export * from './audit.ts';
export * from './comments.ts';
export * from './keys.ts';
export * from './roles.ts';
export * from './shares.ts';
