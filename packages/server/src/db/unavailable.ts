/**
 * Errors that mean "the database cannot serve us right now", not "this request is wrong" nor "our
 * code is wrong": the client should retry later (503 + Retry-After), and the process must live on.
 */

// Socket-level errors from pg while connecting or mid-query (server restarting, network down).
const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html):
// class 08 connection exception; 57P01 admin_shutdown (fast restart, pg_terminate_backend),
// 57P02 crash_shutdown (immediate restart), 57P03 cannot_connect_now (starting up / shutting down),
// 53xxx insufficient resources (disk full, out of memory, too many connections),
// 25006 read_only_sql_transaction (a failover left us on a standby).
const PG_CODES = new Set(['57P01', '57P02', '57P03', '53000', '53100', '53200', '53300', '53400', '25006']);

// pg raises these without a code when the socket closes under it or the pool cannot connect in time.
const PG_MESSAGES =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|Connection terminated due to connection timeout/;

// better-sqlite3 codes, extended codes included (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE, …):
// locked by another process past busy_timeout, disk full, read-only file or mount, I/O failure.
const SQLITE_PREFIXES = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
];

/** True for an error (or its `cause`) that says the database is down, locked, full or read-only. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NODE_CODES.has(code) || PG_CODES.has(code) || code.startsWith('08')) return true;
    if (SQLITE_PREFIXES.some((p) => code.startsWith(p))) return true;
  }
  if (PG_MESSAGES.test(error.message)) return true;
  return isDatabaseUnavailable((error as { cause?: unknown }).cause, depth + 1);
}

/** Seconds a client should wait before retrying during an outage: a PostgreSQL restart takes a few. */
export const RETRY_AFTER_SECONDS = 5;
