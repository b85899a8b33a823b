import { ErrorResponse, HealthOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable';
import type { AppDeps } from './context';

/** The answer while the database cannot write (with Retry-After); a server shutting down answers the error shape. */
const Degraded = z.looseObject({ status: z.literal('degraded'), database: z.string(), message: z.string() });

/**
 * Milliseconds the probe waits for a lock another process holds (SQLite `busy_timeout`,
 * PostgreSQL `lock_timeout`), and for the whole answer. Load balancers give up at about 5 s and
 * would see a timeout, not the 503 (issue 6 retest B7: it took 10.4 s under a held lock).
 */
const LOCK_WAIT_MS = 1000;
const DEADLINE_MS = 2000;

/**
 * `GET /api/health` for load balancers and monitoring. 200 `{status:'ok', engine, version}` when
 * the database answers a committed write; otherwise 503 with Retry-After (seconds) and
 * `{status:'degraded', engine, version, database:'cannot_write', message}`: a full disk, a
 * read-only file or mount, a standby after failover, a database that is down, or one locked by
 * another process for over a second. A SELECT alone passes in all of these, which is how "ok" was
 * reported while nothing could be saved. Answers within about 2 s whatever the database does.
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
      const probe = () => (deps.engine === 'sqlite' ? probeSqlite(deps) : probePostgres(deps));
      try {
        // A pooled connection the server dropped fails once and is replaced: ask again before
        // reporting degraded, so one stale connection after a restart does not flap the check.
        // A lock wait is not retried: it would only double the time to answer.
        const once = probe().catch((err) =>
          isDatabaseUnavailable(err) && !isLockWait(err) ? probe() : Promise.reject(err),
        );
        await withDeadline(once, DEADLINE_MS);
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

const write = (db: Kysely<Database>, now: string) =>
  db.updateTable('healthProbe').set({ checkedAt: now }).where('id', '=', 1).executeTakeFirstOrThrow();

/**
 * better-sqlite3 waits for a lock synchronously (no timer can interrupt it), so the probe lowers
 * `busy_timeout` on the one connection for its own statement and puts it back; Kysely holds the
 * connection for the callback, so no other request runs with the short wait.
 */
async function probeSqlite(deps: AppDeps) {
  await deps.db.connection().execute(async (db) => {
    const was = (await sql<{ timeout: number }>`PRAGMA busy_timeout`.execute(db)).rows[0]?.timeout ?? 5000;
    await sql.raw(`PRAGMA busy_timeout = ${LOCK_WAIT_MS}`).execute(db);
    try {
      await write(db, deps.clock.now().toISOString());
    } finally {
      await sql.raw(`PRAGMA busy_timeout = ${Number(was)}`).execute(db);
    }
  });
}

/** PostgreSQL: short lock and statement timeouts, for this transaction only (`SET LOCAL`). */
async function probePostgres(deps: AppDeps) {
  await deps.db.transaction().execute(async (trx) => {
    await sql.raw(`SET LOCAL lock_timeout = ${LOCK_WAIT_MS}`).execute(trx);
    await sql.raw(`SET LOCAL statement_timeout = ${DEADLINE_MS}`).execute(trx);
    await write(trx, deps.clock.now().toISOString());
  });
}

/** SQLite busy, PostgreSQL lock_not_available (55P03) or query_canceled by statement_timeout (57014). */
function isLockWait(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code === '55P03' || code === '57014');
}

/** Rejects after `ms` when `work` has not settled: a pool still connecting, a disk that hangs. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The database did not answer within ${ms / 1000} s`)), ms);
  });
  work.catch(() => undefined); // settles later on its own; nobody waits for it then
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
