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
          'Journey maps and personas with optimistic concurrency: every write carries the `version` it read and answers 409 with the current document when it is stale. Errors are `{ error: { code, issues? } }` with codes the UI translates.',
        version: '0.1.0',
      },
      tags: [
        { name: 'templates', description: 'Stage templates from the method articles' },
        { name: 'maps', description: 'Journey map documents' },
        { name: 'personas', description: 'Persona documents' },
        { name: 'diff', description: 'Semantic diffs of maps' },
        { name: 'imports', description: 'Event data uploads' },
      ],
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: OPENAPI_PATHS.page });
  app.get(OPENAPI_PATHS.document, { schema: { hide: true } }, async () => app.swagger());
}
