import type { FastifyRequest } from 'fastify';
import type { Cancellable } from '../store/analysis-queue.ts';

/**
 * The client of a request as something that can go away: the response's socket closes
 * before the answer was written (a closed tab, a cancelled fetch, a proxy timeout).
 */
export function clientOf(request: FastifyRequest): Cancellable {
  const response = request.raw.socket === null ? undefined : request.raw;
  return {
    onAbort(listener) {
      const socket = response?.socket;
      if (socket === undefined || socket === null || typeof socket.once !== 'function')
        return () => undefined;
      const closed = () => listener();
      socket.once('close', closed);
      return () => socket.off('close', closed);
    },
  };
}
