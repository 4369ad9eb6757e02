export { diffMaps } from './diff-maps.ts';
export { type FormatDiffOptions, formatDiff } from './format.ts';
export { ChangeEntity, ChangeKind, MapChange, MapDiff } from './schema.ts';
