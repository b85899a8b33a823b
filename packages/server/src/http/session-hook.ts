import { AppError } from '@mentora/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { authenticate, type SessionDeps } from '../modules/auth/sessions';

export const SESSION_COOKIE = 'mentora_session';
/** The device cookie of `modules/auth/devices.ts`; sent only to the login and code routes. */
export const DEVICE_COOKIE = 'mentora_device';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionDeps(app: FastifyInstance): SessionDeps {
  const { db, clock, config } = app.deps;
  return { db, clock, sessionTtlHours: config.sessionTtlHours, loginMaxFailures: config.loginMaxFailures };
}

/**
 * Loads the session for every API request. Routes are private unless marked public; cookie-
 * authenticated writes must echo the session's CSRF token in `x-csrf-token`.
 */
export function registerSessionHook(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  // The OpenAPI document states the same rule per operation (security schemes in app.ts).
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/') || !route.schema || route.schema.hide) return;
    const method = String(Array.isArray(route.method) ? route.method[0] : route.method);
    const security = route.config?.public ? [] : SAFE.has(method) ? [{ session: [] }] : [{ session: [], csrf: [] }];
    route.schema = { ...route.schema, security };
  });
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await authenticate(sessionDeps(app), token) : null;
    const config = request.routeOptions.config;
    // Unknown routes fall through to the 404 handler; the API docs page is public like its document.
    if (!request.routeOptions.url || config?.public || request.url.startsWith('/api/docs')) return;
    if (!request.auth) throw new AppError('unauthenticated', 'Please log in');
    if (!SAFE.has(request.method) && request.headers['x-csrf-token'] !== request.auth.csrfToken)
      throw new AppError('csrf_failed', 'Missing or wrong x-csrf-token header; reload the page and try again');
  });
}

export function cookieOptions(app: FastifyInstance, request: FastifyRequest, expires: Date) {
  const secure = app.deps.config.cookieSecure === 'auto' ? request.protocol === 'https' : app.deps.config.cookieSecure;
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', expires };
}

/** The device cookie: httpOnly like the session, and only sent to `/api/auth` where logins happen. */
export function deviceCookieOptions(app: FastifyInstance, request: FastifyRequest, expires: Date) {
  return { ...cookieOptions(app, request, expires), path: '/api/auth' };
}
