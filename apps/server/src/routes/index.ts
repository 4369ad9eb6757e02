import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../http/api-error.ts';
import type { ImportJobs } from '../imports/jobs.ts';
import type { Workspace } from '../store/workspace.ts';
import { analyticsRoutes } from './analytics.ts';
import { diffRoutes } from './diff.ts';
import { exportRoutes } from './exports.ts';
import { importRoutes } from './imports.ts';
import { insightRoutes } from './insight.ts';
import { mapEditRoutes } from './map-edits.ts';
import { mapRoutes } from './maps.ts';
import { personaRoutes } from './personas.ts';
import { templateRoutes } from './templates.ts';
import { textRoutes } from './text.ts';

/** Every resource of the API; registered under `/api`. Unknown paths there answer 404 `not-found`. */
export const apiRoutes: FastifyPluginAsyncZod<{ workspace: Workspace; jobs: ImportJobs }> = async (
  app,
  { workspace, jobs },
) => {
  await app.register(templateRoutes);
  await app.register(mapRoutes, { workspace });
  await app.register(mapEditRoutes, { workspace });
  await app.register(personaRoutes, { workspace });
  await app.register(diffRoutes, { workspace });
  await app.register(exportRoutes, { workspace });
  await app.register(importRoutes, { jobs });
  await app.register(analyticsRoutes, { workspace });
  await app.register(textRoutes);
  await app.register(insightRoutes, { workspace });
  app.setNotFoundHandler(() => {
    throw notFound();
  });
};
