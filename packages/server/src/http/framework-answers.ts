import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { AppError, type ErrorBody } from '@mentora/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import FindMyWay from 'find-my-way';
import { notFoundHandler } from './errors';

/**
 * The framework's own answers in the documented error shape (issue 6, defect 10): requests no
 * route handles, what Node's HTTP parser refuses, and requests arriving while the server closes.
 *
 * `trackRouteMethods` must be called before any route is registered: it keeps every route's path
 * in a second router (find-my-way, Fastify's own) with the methods it has, so a request for a
 * known path with another method is a 405 with `Allow` (RFC 9110 §15.5.6), not a 404.
 */
export function trackRouteMethods(app: FastifyInstance, maxParamLength: number) {
  const router = FindMyWay({ maxParamLength });
  const methodsOf = new Map<string, Set<string>>();
  app.addHook('onRoute', (route: RouteOptions) => {
    // Param names do not matter for matching; one key per shape avoids find-my-way's duplicate error.
    const shape = route.url.replace(/:[^/]+/g, ':p');
    let methods = methodsOf.get(shape);
    if (!methods) {
      methods = new Set();
      methodsOf.set(shape, methods);
      router.on('GET', shape, () => {}, methods);
    }
    for (const m of Array.isArray(route.method) ? route.method : [route.method]) methods.add(m);
  });
  /** The methods a path has, sorted, or null for a path no route matches. */
  return (url: string): string[] | null => {
    const found = router.find('GET', url.split('?')[0] ?? '');
    return found ? [...(found.store as Set<string>)].sort() : null;
  };
}

/** The not-found handler's answer: 405 with `Allow` for a known path, else the 404. */
export function notFoundOrNotAllowed(
  allowed: (url: string) => string[] | null,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const methods = allowed(request.url);
  if (!methods || methods.includes(request.method)) return notFoundHandler(request, reply);
  const body: ErrorBody = {
    error: {
      code: 'method_not_allowed',
      message: `${request.method} is not allowed here; use ${methods.join(', ')}`,
      details: [],
    },
  };
  return reply.status(405).header('allow', methods.join(', ')).send(body);
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (an unknown method, bytes that
 * are not HTTP, headers over 16 KB, a request that never finished) gets the error shape too.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const [status, code, message]: [number, ErrorBody['error']['code'], string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers_too_large', 'The request headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request_timeout', 'The request took too long to arrive']
        : [400, 'bad_request', 'The request is not valid HTTP'];
  const body = JSON.stringify({ error: { code, message, details: [] } } satisfies ErrorBody);
  // The URL may not be known (or not be HTTP at all): no-store always, as for every /api answer.
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      'Cache-Control: no-store\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Seconds a client waits before retrying a request refused during shutdown: a restart takes a few. */
const CLOSING_RETRY_AFTER = 5;

/**
 * While the server shuts down, a request still arriving on an open connection gets 503 with
 * `Retry-After` in the error shape; needs Fastify's `return503OnClosing: false` (its own 503 has
 * another body). The device keeps the write in its outbox and retries on another instance.
 */
export function refuseWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close').header('retry-after', String(CLOSING_RETRY_AFTER));
    throw new AppError('unavailable', 'The server is restarting; try again shortly');
  });
}
