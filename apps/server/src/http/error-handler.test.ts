import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandler } from './error-handler.ts';

describe('error handler', () => {
  it('answers an unexpected failure as 500 internal without its message', async () => {
    const app = Fastify();
    installErrorHandler(app);
    app.get('/boom', async () => {
      throw new Error('secret detail');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal' } });
    await app.close();
  });

  it('answers an unsupported body type as 415 with a code', async () => {
    const app = Fastify();
    installErrorHandler(app);
    app.post('/echo', async (request) => request.body);
    const response = await app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'x',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: { code: 'unsupported-media-type' } });
    await app.close();
  });
});
