export { type DetectedFile, detectFile, type FileFormat } from './detect.ts';
export { ImportError } from './errors.ts';
export { importFiles } from './import-files.ts';
export * from './options.ts';
export { PRESETS } from './presets/index.ts';
export { ImportPreview, previewImport } from './preview.ts';
export { type TerminalProgress, terminalProgress } from './progress.ts';
