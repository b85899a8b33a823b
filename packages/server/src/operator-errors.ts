import { ConfigError } from './config';
import { isDatabaseUnavailable } from './db/unavailable';

// System errors an operator fixes outside Mentora (disk, permissions, ports); the stack trace of
// our code says nothing useful about them.
const SYSTEM: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'the path is a directory',
  EEXIST: 'the file already exists',
  EADDRINUSE: 'the port is already in use (is Mentora already running?)',
  EADDRNOTAVAIL: 'the HOST address is not on this machine',
};

// PostgreSQL refusals at connect time (SQLSTATE), https://www.postgresql.org/docs/current/errcodes-appendix.html
const POSTGRES: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'this user may not connect',
  '3D000': 'the database does not exist',
  '42501': 'the user lacks a privilege',
};

/**
 * One line for an error the operator can act on, or null for a fault in Mentora itself (whose
 * stack trace should be printed). `databaseUrl` names the database in the line; a PostgreSQL
 * password in it is never printed.
 */
export function operatorMessage(error: unknown, databaseUrl?: string): string | null {
  if (error instanceof ConfigError) return error.message;
  if (!(error instanceof Error)) return null;
  const e = error as Error & { code?: unknown; path?: unknown; syscall?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const where = databaseUrl ? ` (database: ${redact(databaseUrl)})` : '';
  if (SYSTEM[code]) {
    // Node's recursive mkdir reports a read-only file system as ENOENT.
    if (code === 'ENOENT' && e.syscall === 'mkdir')
      return `Cannot continue: cannot create the directory ${String(e.path)} (read-only file system, or no permission) [ENOENT mkdir]${where}`;
    const path = typeof e.path === 'string' ? `${e.path}: ` : '';
    return `Cannot continue: ${path}${SYSTEM[code]} [${code}${typeof e.syscall === 'string' ? ` ${e.syscall}` : ''}]${where}`;
  }
  if (POSTGRES[code]) return `Cannot use PostgreSQL: ${POSTGRES[code]}: ${e.message} [${code}]${where}`;
  if (isDatabaseUnavailable(error))
    return `The database cannot be used just now: ${e.message} [${code || 'connection'}]${where}`;
  if (code.startsWith('SQLITE_')) return `SQLite refused: ${e.message} [${code}]${where}`;
  return null;
}

function redact(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
