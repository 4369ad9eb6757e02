import { WorkspaceStats } from '@opencjm/core';
import { request } from './http.ts';
import { ImportJob, ImportPreview, QuarantineList } from './import-schemas.ts';
import { uploadWithProgress } from './upload.ts';

const part = encodeURIComponent;

/** What the import reads of a file, how to read it: preset and column overrides. */
export interface ImportChoice {
  name: string;
  preset?: string | undefined;
  mapping?: Readonly<Record<string, string>> | undefined;
}

/** The query string of an import or a preview, e.g. `name=a.csv&preset=ga4&mapping=%7B…%7D`. */
export function importQuery(choice: ImportChoice): string {
  const query = new URLSearchParams({ name: choice.name });
  if (choice.preset) query.set('preset', choice.preset);
  if (choice.mapping && Object.keys(choice.mapping).length > 0)
    query.set('mapping', JSON.stringify(choice.mapping));
  return query.toString();
}

/** Previews the import of `head` (the beginning of the file). */
export function previewImport(
  head: Blob,
  choice: ImportChoice,
  signal?: AbortSignal,
): Promise<ImportPreview> {
  return request(`/api/imports/preview?${importQuery(choice)}`, ImportPreview, {
    method: 'POST',
    rawBody: head,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Uploads the whole file, telling how much is sent (0..1); the server then imports it in
 * the background (poll {@link getImport}).
 */
export function startImport(
  file: Blob,
  choice: ImportChoice,
  onProgress: (fraction: number) => void,
): Promise<ImportJob> {
  return uploadWithProgress(`/api/imports?${importQuery(choice)}`, file, ImportJob, onProgress);
}

export function getImport(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return request(`/api/imports/${part(id)}`, ImportJob, signal ? { signal } : {});
}

export function getQuarantine(id: string, signal?: AbortSignal): Promise<QuarantineList> {
  return request(`/api/imports/${part(id)}/quarantine`, QuarantineList, signal ? { signal } : {});
}

/** The address of every quarantined row of an import as NDJSON (a download). */
export function quarantineDownload(id: string): string {
  return `/api/imports/${part(id)}/quarantine.ndjson`;
}

export function getStats(signal?: AbortSignal): Promise<WorkspaceStats> {
  return request('/api/stats', WorkspaceStats, signal ? { signal } : {});
}
