import type { FastifyInstance } from 'fastify';

/**
 * Every /api answer may carry personal data (names, phone numbers, reflections, a classroom
 * photo) or say something about it (a 404 versus a 403), so no browser, proxy or shared-computer
 * cache may keep it: `Cache-Control: no-store` on all of them, errors included. A route that set
 * its own Cache-Control keeps it (the OpenAPI viewer's static assets under /api/docs); the PWA's
 * files outside /api keep their normal caching.
 */
export function registerNoStore(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
