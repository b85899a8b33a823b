import type { FastifyInstance } from 'fastify';

/**
 * Every /api answer may carry personal data (names, phone numbers, reflections) or say something
 * about it (a 404 versus a 403), so no browser, proxy or shared-computer cache may keep it:
 * `Cache-Control: no-store` on all of them, errors included. Static files of the PWA and the
 * OpenAPI viewer's assets keep their normal caching.
 */
export function registerNoStore(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (request.url.startsWith('/api/') && type.includes('json')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
