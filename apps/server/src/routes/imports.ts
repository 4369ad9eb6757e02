import { ImportError, ImportPreview, previewImport } from '@opencjm/engine';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid, notFound } from '../http/api-error.ts';
import { bodyReceived } from '../http/body-idle.ts';
import type { ImportJobs } from '../imports/jobs.ts';
import { quarantineRows } from '../imports/quarantine.ts';
import { saveUpload } from '../imports/upload.ts';
import { ERROR_RESPONSES, ErrorBody } from '../schemas/errors.ts';
import { ImportParams, ImportQuery, ImportStatus, PreviewQuery, QuarantineList } from '../schemas/imports.ts';
import type { AnalysisQueue } from '../store/analysis-queue.ts';

/** Most of a file a preview reads. */
const PREVIEW_BYTES = 2 * 1024 * 1024;

/**
 * Event imports: the request body is the file itself (CSV, NDJSON, JSON, XES, gzip of any),
 * streamed to disk whatever its size, then imported in the background.
 */
export const importRoutes: FastifyPluginAsyncZod<{
  jobs: ImportJobs;
  analyses: AnalysisQueue;
  uploadBytes: number;
  /** Where uploads are written: the workspace's `tmp/`, emptied when the workspace opens. */
  uploadDir: string;
}> = async (app, { jobs, analyses, uploadBytes, uploadDir }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  app.post(
    '/imports',
    {
      config: { streamsBody: true },
      schema: {
        tags: ['imports'],
        summary: 'Upload an event file (the raw body) and import it in the background',
        description:
          'Answers 202 with the job; poll GET /api/imports/{id}. Bad rows go to the quarantine, never stop the import.',
        querystring: ImportQuery,
        response: { 202: ImportStatus, 400: ERROR_RESPONSES[400], 413: ErrorBody },
      },
    },
    async (request, reply) => {
      const { name = 'upload', mapping, ...options } = request.query;
      const upload = await saveUpload(request.raw, name, uploadBytes, uploadDir);
      bodyReceived(request);
      const status = jobs.start(upload, name, mapping === undefined ? options : { ...options, mapping });
      return reply.status(202).send(status);
    },
  );

  app.post(
    '/imports/preview',
    {
      config: { streamsBody: true },
      bodyLimit: PREVIEW_BYTES,
      schema: {
        tags: ['imports'],
        summary:
          'What an import of this file would read: format, columns, first rows, preset and field sources',
        description:
          'The body is the beginning of the file (up to 2 MB; a cut-off gzip stream or last line is fine).',
        querystring: PreviewQuery,
        response: { 200: ImportPreview, 400: ERROR_RESPONSES[400], 413: ErrorBody },
      },
    },
    async (request) => {
      const { name = 'upload', preset, mapping } = request.query;
      const upload = await saveUpload(request.raw, name, PREVIEW_BYTES, uploadDir);
      bodyReceived(request);
      try {
        return await previewImport(upload.path, {
          ...(preset ? { preset } : {}),
          ...(mapping ? { mapping } : {}),
        });
      } catch (error) {
        if (error instanceof ImportError)
          throw invalid('unreadable-file', [
            { path: 'body', code: 'unreadable-file', message: error.message },
          ]);
        throw error;
      } finally {
        upload.remove();
      }
    },
  );

  const quarantineOf = async (id: string, limit: number | null) => {
    const importId = jobs.get(id)?.importId;
    if (importId === undefined) throw notFound();
    return { importId, ...(await analyses.run((store) => quarantineRows(store, importId, limit))) };
  };

  app.get(
    '/imports/:id/quarantine',
    {
      schema: {
        tags: ['imports'],
        summary: 'The rows an import quarantined: line, reason, original text (the first 1,000)',
        params: ImportParams,
        response: { 200: QuarantineList, 404: ERROR_RESPONSES[404] },
      },
    },
    async (request) => {
      const { rows, total } = await quarantineOf(request.params.id, 1000);
      return { items: rows, total };
    },
  );

  app.get(
    '/imports/:id/quarantine.ndjson',
    {
      schema: {
        tags: ['imports'],
        summary: 'Every quarantined row of an import as an NDJSON download',
        params: ImportParams,
        response: {
          200: z.string().describe('One JSON object per line: line, reason, raw'),
          404: ERROR_RESPONSES[404],
        },
      },
    },
    async (request, reply) => {
      const { importId, rows } = await quarantineOf(request.params.id, null);
      return reply
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="quarantine-${importId}.ndjson"`)
        .send(rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'Progress of an import; the totals once it is done',
        params: ImportParams,
        response: { 200: ImportStatus, 404: ERROR_RESPONSES[404] },
      },
    },
    async (request) => {
      const status = jobs.get(request.params.id);
      if (status === undefined) throw notFound();
      return status;
    },
  );
};
