import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer (@fastify/helmet): a Content-Security-Policy that lets
 * the web app load only its own scripts and talk only to this server, `nosniff`, no
 * framing by other sites (clickjacking), and no referrer beyond this origin (share-link
 * tokens stay out of other sites' logs). HSTS only matters behind HTTPS: the proxy's job.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ECharts and React set inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // https: a persona's photo may be given by its address (e.g. the company's image store).
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
