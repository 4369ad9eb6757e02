export * from './identifiers.ts';
export { StitchOptions, StitchSummary, stitchIdentities } from './stitch.ts';
export { CappedUnionFind, type UnionResult } from './union-find.ts';
