import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../http/api-error.ts';
import type { ImportJobs } from '../imports/jobs.ts';
import { saveUpload } from '../imports/upload.ts';
import { ERROR_RESPONSES, ErrorBody } from '../schemas/errors.ts';
import { ImportParams, ImportQuery, ImportStatus } from '../schemas/imports.ts';

/**
 * Event imports: the request body is the file itself (CSV, NDJSON, JSON, XES, gzip of any),
 * streamed to disk whatever its size, then imported in the background.
 */
export const importRoutes: FastifyPluginAsyncZod<{ jobs: ImportJobs; uploadBytes: number }> = async (
  app,
  { jobs, uploadBytes },
) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  app.post(
    '/imports',
    {
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
      const upload = await saveUpload(request.raw, name, uploadBytes);
      const status = jobs.start(upload, name, mapping === undefined ? options : { ...options, mapping });
      return reply.status(202).send(status);
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
