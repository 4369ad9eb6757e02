import { connect } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installBodyIdleTimeout } from './body-idle.ts';

async function server(idleMs: number) {
  const app = Fastify();
  installBodyIdleTimeout(app, idleMs);
  app.post('/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, idleMs * 4));
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, port: typeof address === 'object' && address !== null ? address.port : 0 };
}

describe('installBodyIdleTimeout', () => {
  it('lets an answer take longer than the idle limit once the body has arrived', async () => {
    const { app, port } = await server(50);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/slow`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(await response.json()).toEqual({ ok: true });
    } finally {
      await app.close();
    }
  });

  it('cuts off a body that stops arriving', async () => {
    const { app, port } = await server(100);
    try {
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const started = Date.now();
        const socket = connect(port, '127.0.0.1', () =>
          socket.write(
            'POST /slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{',
          ),
        );
        socket.on('error', reject);
        socket.on('close', () => resolve(Date.now() - started));
        socket.resume();
      });
      expect(closedAfter).toBeGreaterThanOrEqual(90);
      expect(closedAfter).toBeLessThan(3000);
    } finally {
      await app.close();
    }
  });
});

describe('installBodyIdleTimeout on a keep-alive socket', () => {
  it('adds one timeout listener per socket, however many requests it carries', async () => {
    const app = Fastify();
    installBodyIdleTimeout(app, 1000);
    let listeners = 0;
    app.get('/count', async (request) => {
      listeners = request.raw.socket.listenerCount('timeout');
      return {};
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const seen: number[] = [];
      for (let i = 0; i < 15; i++) {
        await (await fetch(`http://127.0.0.1:${port}/count`)).json();
        seen.push(listeners);
      }
      expect(Math.max(...seen)).toBeLessThanOrEqual(2);
    } finally {
      await app.close();
    }
  });
});
