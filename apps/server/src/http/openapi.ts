import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { openApiTransform, openApiTransformObject } from './openapi-schemas.ts';

/** Where the OpenAPI document and its browsable page are served. */
export const OPENAPI_PATHS = { document: '/api/openapi.json', page: '/api/docs' } as const;

/**
 * Describes every route registered after this call from its zod schemas: the document at
 * `GET /api/openapi.json`, Swagger UI at `/api/docs`. Call before registering routes.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenCJM API',
        description:
          'Every route needs a signed-in member (session cookie from POST /api/auth/login) or an API key (`Authorization: Bearer KEY`), except sign-in, setup, health, these docs and share links; 401 without, 403 when the role or key scope is too weak. Journey maps and personas with optimistic concurrency: every write carries the `version` it read and answers 409 with the current document when it is stale. Errors are `{ error: { code, issues? } }` with codes the UI translates.',
        version: '0.1.0',
      },
      tags: [
        { name: 'templates', description: 'Stage templates from the method articles' },
        { name: 'maps', description: 'Journey map documents' },
        { name: 'personas', description: 'Persona documents' },
        { name: 'diff', description: 'Semantic diffs of maps' },
        { name: 'imports', description: 'Event data uploads' },
        { name: 'auth', description: 'Signing in and out, the first owner, passwords' },
        { name: 'team', description: 'Members and roles, API keys, the audit log' },
        { name: 'shares', description: 'Read-only share links of a map' },
        { name: 'privacy', description: 'A customer’s data: export and erasure' },
        { name: 'collect', description: 'Live events from sites and servers; what the workspace holds' },
        { name: 'comments', description: 'Comments with @mentions, and each map’s activity feed' },
      ],
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: OPENAPI_PATHS.page });
  app.get(OPENAPI_PATHS.document, { schema: { hide: true } }, async () => app.swagger());
}
