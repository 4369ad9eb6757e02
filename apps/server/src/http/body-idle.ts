import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads the request body itself (an upload): it ends the idle timer when done. */
    streamsBody?: boolean;
  }
}

/**
 * Closes a connection whose request stops arriving for `idleMs` (a slow-body attack holds
 * sockets open by sending a byte now and then). The timer runs only while the request is
 * being received: once the body is in, an answer may take as long as its analysis needs.
 * A route that streams its body (`config.streamsBody`) calls {@link bodyReceived} itself.
 */
export function installBodyIdleTimeout(app: FastifyInstance, idleMs: number): void {
  // One 'timeout' listener per socket: a keep-alive socket carries many requests.
  const watched = new WeakSet<object>();
  app.addHook('onRequest', async (request) => {
    const socket = request.raw.socket;
    if (socket === null || typeof socket.setTimeout !== 'function') return;
    if (!watched.has(socket)) {
      watched.add(socket);
      socket.on('timeout', () => socket.destroy());
    }
    socket.setTimeout(idleMs);
  });
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.config?.streamsBody !== true) bodyReceived(request);
  });
}

/** Ends the idle timer of a request whose body has arrived. */
export function bodyReceived(request: FastifyRequest): void {
  const socket = request.raw.socket;
  if (socket !== null && typeof socket.setTimeout === 'function') socket.setTimeout(0);
}
