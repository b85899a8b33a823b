import { ErrorResponse, HealthOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable';
import type { AppDeps } from './context';

/** The answer while the database cannot write (with Retry-After); a server shutting down answers the error shape. */
const Degraded = z.looseObject({ status: z.literal('degraded'), database: z.string(), message: z.string() });

/**
 * `GET /api/health` for load balancers and monitoring. 200 `{status:'ok', engine, version}` when
 * the database answers a committed write; otherwise 503 with Retry-After (seconds) and
 * `{status:'degraded', engine, version, database:'cannot_write', message}`: a full disk, a
 * read-only file or mount, a standby after failover, or a database that is down. A SELECT alone
 * passes in all of these, which is how "ok" was reported while nothing could be saved.
 * Cost: one single-row UPDATE per call (table `health_probe`, migration 0005).
 */
export function registerHealth(app: FastifyInstance, deps: AppDeps, version: string) {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { tags: ['service'], response: { 200: HealthOut, 503: z.union([Degraded, ErrorResponse]) } },
    },
    async (request, reply) => {
      const probe = () =>
        deps.db
          .updateTable('healthProbe')
          .set({ checkedAt: deps.clock.now().toISOString() })
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
      try {
        // A pooled connection the server dropped fails once and is replaced: ask again before
        // reporting degraded, so one stale connection after a restart does not flap the check.
        await probe().catch((err) => (isDatabaseUnavailable(err) ? probe() : Promise.reject(err)));
        return { status: 'ok', engine: deps.engine, version };
      } catch (err) {
        request.log.warn({ err }, 'health check: the database cannot write');
        return reply
          .status(503)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send({
            status: 'degraded',
            engine: deps.engine,
            version,
            database: 'cannot_write',
            message: err instanceof Error ? err.message : String(err),
          });
      }
    },
  );
}
