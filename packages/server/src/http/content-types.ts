import { AppError } from '@mentora/core';
import type { FastifyInstance, FastifyRequest, preParsingAsyncHookHandler } from 'fastify';

/**
 * A body in a content type the operation does not declare is 415 unsupported_media_type, whatever
 * the type (issue 6 retest B5). Fastify ships a text/plain parser, and @fastify/multipart parses
 * multipart for every route, so a JSON route used to take those bodies and answer 400
 * validation_failed, while XML or a form got 415. The declared types are the route's
 * `schema.consumes` (the chunk upload, the roster import), else JSON: the same list the OpenAPI
 * document shows. Checked before parsing, so an undeclared body is never read.
 */
export function registerContentTypeCheck(app: FastifyInstance) {
  // No route reads plain text; without the parser such a body is a 415 on every route.
  app.removeContentTypeParser('text/plain');
  // The route's own preParsing hooks come first: a route that authorizes before reading its body
  // (http/authorize-first.ts) still refuses a stranger with 403/404, whatever the content type.
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { body?: unknown; consumes?: string[] } | undefined;
    if (!schema?.body && !schema?.consumes) return; // takes no body; Fastify ignores one
    const declared = schema.consumes ?? ['application/json'];
    const own = route.preParsing;
    route.preParsing = [...(own === undefined ? [] : Array.isArray(own) ? own : [own]), checkType(declared)];
  });
}

function checkType(declared: string[]): preParsingAsyncHookHandler {
  return async (request, _reply, payload) => {
    const type = request.headers['content-type'];
    if (type === undefined || !hasBody(request)) return payload;
    const media = (type.split(';')[0] ?? '').trim().toLowerCase();
    if (!declared.includes(media))
      throw new AppError('unsupported_media_type', `Send the body as ${declared.join(' or ')}`);
    return payload;
  };
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
