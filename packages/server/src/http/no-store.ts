import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** True for a URL under /api (the API and its documents), where every answer is no-store. */
export function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/**
 * Sets no-store on an /api answer written outside the hooks: Fastify's `frameworkErrors` (a bad
 * URL escape, an over-long path parameter) answer before routing, so `onSend` never runs for them.
 */
export function markNoStore(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isApiUrl(request.url) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  return reply;
}

/**
 * Every /api answer may carry personal data (names, phone numbers, reflections, a classroom
 * photo) or say something about it (a 404 versus a 403), so no browser, proxy or shared-computer
 * cache may keep it: `Cache-Control: no-store` on all of them, errors included. A route that set
 * its own Cache-Control keeps it (the OpenAPI viewer's static assets under /api/docs); the PWA's
 * files outside /api keep their normal caching. Answers written before routing get it from
 * `markNoStore`; what Node's HTTP parser refuses, from `clientErrorHandler` (framework-answers.ts).
 */
export function registerNoStore(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    markNoStore(request, reply);
    return payload;
  });
}
