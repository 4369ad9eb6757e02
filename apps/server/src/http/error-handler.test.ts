import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandler } from './error-handler.ts';

describe('error handler', () => {
  it('answers an unexpected failure as 500 internal without its message, logged under the request id', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'warn', stream } });
    installErrorHandler(app);
    app.get('/boom', async () => {
      throw new Error('secret detail');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    const body = response.json<{ error: { code: string; requestId: string } }>();
    expect(body).toEqual({ error: { code: 'internal', requestId: expect.any(String) } });
    const logged = lines.map((line) => JSON.parse(line) as { reqId: string; level: number; msg: string });
    expect(logged).toContainEqual(
      expect.objectContaining({ reqId: body.error.requestId, level: 50, msg: 'unexpected error' }),
    );
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
