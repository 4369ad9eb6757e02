import { storeTempDir } from '@opencjm/engine';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Collector } from '../collect/collector.ts';
import { notFound } from '../http/api-error.ts';
import type { ImportJobs } from '../imports/jobs.ts';
import type { Workspace } from '../store/workspace.ts';
import type { Team } from '../team/team.ts';
import { analyticsRoutes } from './analytics.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { collectRoutes } from './collect.ts';
import { commentRoutes } from './comments.ts';
import { compareRoutes } from './compare.ts';
import { customerRoutes } from './customers.ts';
import { diffRoutes } from './diff.ts';
import { exportRoutes } from './exports.ts';
import { healthRoutes } from './health.ts';
import { importRoutes } from './imports.ts';
import { initiativeRoutes } from './initiatives.ts';
import { insightRoutes } from './insight.ts';
import { keyRoutes } from './keys.ts';
import { mapEditRoutes } from './map-edits.ts';
import { mapRoutes } from './maps.ts';
import { personaRoutes } from './personas.ts';
import { shareRoutes } from './shares.ts';
import { templateRoutes } from './templates.ts';
import { textRoutes } from './text.ts';
import { userRoutes } from './users.ts';

/** Every resource of the API; registered under `/api`. Unknown paths there answer 404 `not-found`. */
export const apiRoutes: FastifyPluginAsyncZod<{
  workspace: Workspace;
  jobs: ImportJobs;
  team: Team;
  collector: Collector;
  uploadBytes: number;
  collectRate: { perSecond: number; burst: number };
}> = async (app, { workspace, jobs, team, collector, uploadBytes, collectRate }) => {
  await app.register(healthRoutes);
  await app.register(customerRoutes, { workspace, team });
  await app.register(collectRoutes, { workspace, collector, rate: collectRate });
  await app.register(authRoutes, { team });
  await app.register(userRoutes, { team });
  await app.register(keyRoutes, { team });
  await app.register(auditRoutes, { team });
  await app.register(shareRoutes, { team, workspace });
  await app.register(commentRoutes, { team, workspace });
  await app.register(templateRoutes);
  await app.register(mapRoutes, { workspace, team });
  await app.register(mapEditRoutes, { workspace, team });
  await app.register(personaRoutes, { workspace, team });
  await app.register(diffRoutes, { workspace });
  await app.register(exportRoutes, { workspace });
  await app.register(importRoutes, {
    jobs,
    analyses: workspace.analyses,
    uploadBytes,
    uploadDir: storeTempDir(workspace.store.path),
  });
  await app.register(analyticsRoutes, { workspace });
  await app.register(compareRoutes, { workspace });
  await app.register(textRoutes);
  await app.register(insightRoutes, { workspace });
  await app.register(initiativeRoutes, { workspace });
  app.setNotFoundHandler(() => {
    throw notFound();
  });
};
