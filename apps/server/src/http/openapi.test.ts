import { describe, expect, it } from 'vitest';
import { call, inject, testApp } from '../test-helpers.ts';

type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

describe('OpenAPI', () => {
  it('describes every route of the API', async () => {
    const app = await testApp();
    const { status, body } = await call<OpenApi>(app, 'GET', '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const routes = Object.entries(body.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        'GET /api/templates',
        'GET /api/maps',
        'POST /api/maps',
        'GET /api/maps/{id}',
        'PUT /api/maps/{id}',
        'DELETE /api/maps/{id}',
        'POST /api/maps/{id}/operations',
        'POST /api/maps/{id}/future',
        'GET /api/maps/{id}/diff/{otherId}',
        'GET /api/maps/{id}/export',
        'GET /api/personas',
        'POST /api/personas',
        'GET /api/personas/{id}',
        'PUT /api/personas/{id}',
        'DELETE /api/personas/{id}',
        'POST /api/diff',
        'POST /api/imports',
        'GET /api/imports/{id}',
        'GET /api/analytics/funnel',
        'GET /api/analytics/dfg',
        'GET /api/analytics/paths',
        'GET /api/analytics/dwell',
        'GET /api/analytics/timeline',
        'GET /api/analytics/unmatched',
        'GET /api/maps/{id}/metrics',
        'GET /api/maps/{id}/compare',
        'POST /api/sentiment',
        'GET /api/analytics/nps',
        'GET /api/analytics/csat',
        'GET /api/analytics/ces',
        'GET /api/analytics/sentiment',
        'GET /api/analytics/themes',
        'GET /api/maps/{id}/emotions',
        'GET /api/maps/{id}/pains',
        'GET /api/personas/suggestions',
        'GET /api/health',
        'GET /api/auth/setup',
        'POST /api/auth/setup',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'GET /api/auth/me',
        'POST /api/auth/password',
        'GET /api/users',
        'POST /api/users',
        'PATCH /api/users/{id}',
        'DELETE /api/users/{id}',
        'GET /api/keys',
        'POST /api/keys',
        'DELETE /api/keys/{id}',
        'GET /api/audit',
        'GET /api/maps/{id}/shares',
        'POST /api/maps/{id}/shares',
        'DELETE /api/maps/{id}/shares/{shareId}',
        'GET /api/shared/{token}',
        'GET /api/maps/{id}/comments',
        'POST /api/maps/{id}/comments',
        'PATCH /api/comments/{id}',
        'GET /api/mentions',
        'GET /api/maps/{id}/activity',
        'POST /api/collect',
        'POST /api/collect/segment/v1/{type}',
        'GET /api/stats',
        'GET /api/initiatives',
        'POST /api/initiatives',
        'GET /api/initiatives/{id}',
        'PUT /api/initiatives/{id}',
        'DELETE /api/initiatives/{id}',
        'GET /api/initiatives/{id}/experiment',
        'GET /api/maps/{id}/attribution',
        'POST /api/imports/preview',
        'GET /api/imports/{id}/quarantine',
        'GET /api/imports/{id}/quarantine.ndjson',
        'GET /api/customers/{identifier}/export',
        'DELETE /api/customers/{identifier}',
      ].sort(),
    );
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining(['JourneyMap', 'Persona', 'Operation', 'MapChange', 'ErrorBody']),
    );
  });

  it('documents each analysis kind with the schema of its own answer', async () => {
    const app = await testApp();
    const { body } = await call<{ paths: Record<string, { get: { responses: Record<string, unknown> } }> }>(
      app,
      'GET',
      '/api/openapi.json',
    );
    const answer = (kind: string) =>
      JSON.stringify(body.paths[`/api/analytics/${kind}`]?.get.responses['200']);
    expect(answer('funnel')).toContain('windowSeconds');
    expect(answer('dfg')).toContain('medianSeconds');
    expect(answer('paths')).toContain('other');
    expect(answer('timeline')).not.toBe(answer('dwell'));
  });

  it('names the answer of each insight, experiment, attribution and comparison route', async () => {
    const app = await testApp();
    const { body } = await call<{
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown> }> };
    }>(app, 'GET', '/api/openapi.json');
    const named = {
      '/api/analytics/nps': 'NpsResult',
      '/api/analytics/csat': 'CsatResult',
      '/api/analytics/ces': 'CesResult',
      '/api/analytics/sentiment': 'FeedbackSentimentResult',
      '/api/analytics/themes': 'FeedbackThemesResult',
      '/api/maps/{id}/emotions': 'EmotionsResult',
      '/api/maps/{id}/pains': 'PainsAnswer',
      '/api/personas/suggestions': 'PersonasResult',
      '/api/initiatives/{id}/experiment': 'ExperimentResult',
      '/api/maps/{id}/attribution': 'AttributionResult',
      '/api/maps/{id}/compare': 'ComparePeriodsResult',
    };
    for (const [path, name] of Object.entries(named)) {
      expect(body.paths[path]?.get.responses['200'], path).toEqual({
        description: expect.any(String),
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
      });
      expect(body.components.schemas[name]?.type, name).toBe('object');
    }
    expect(Object.keys(body.components.schemas.NpsResult?.properties ?? {})).toEqual(
      expect.arrayContaining(['metric', 'overall', 'byStage', 'byAttribute']),
    );
    expect(JSON.stringify(body.components.schemas.PainsAnswer)).toContain('#/components/schemas/Operation');
  });

  it('keeps the descriptions of the core schemas', async () => {
    const app = await testApp();
    const { body } = await call<OpenApi>(app, 'GET', '/api/openapi.json');
    expect(JSON.stringify(body.components.schemas.JourneyMap)).toContain(
      'Id of the map this one was copied from',
    );
  });

  it('serves the browsable page at /api/docs', async () => {
    const app = await testApp();
    const response = await inject(app, { method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
