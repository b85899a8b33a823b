import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// The database and its backups hold personal data (names, phone numbers, reflections): only the
// account the server runs as may read them, whatever the umask of the shell that started it.
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/**
 * Creates `dir` (and missing parents) 0700. An existing directory is the operator's: left as it is.
 * One level at a time from the nearest existing parent, not `mkdirSync(…, { recursive: true })`:
 * Node's recursive mkdir never returns under /proc (issue 6 retest B11, `DATABASE_URL=/proc/nope/x`
 * hung). Throws Node's own error (ENOENT, EACCES, ENOTDIR, EROFS with `syscall` mkdir and `path`),
 * which operator-errors.ts turns into one line.
 */
export function ensurePrivateDir(dir: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  while (!existsSync(d)) {
    missing.unshift(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  if (!missing.length) return;
  if (existsSync(d) && !statSync(d).isDirectory())
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${missing[0]}'`), {
      code: 'ENOTDIR',
      syscall: 'mkdir',
      path: d,
    });
  for (const m of missing) {
    mkdirSync(m, { mode: DIR_MODE });
    // `mode` is filtered by the umask; say it again.
    chmodSync(m, DIR_MODE);
  }
}

/**
 * Makes `file` exist (empty if new) with mode 0600, and tightens an existing one that an older
 * version left world-readable. A file owned by another account (EPERM) is left to its owner, and
 * anything that is not a regular file (`/dev/null`, a pipe, a directory) is never touched: run as
 * root with DATABASE_URL=/dev/null, an earlier version made /dev/null 0600 for the whole machine.
 */
export function ensurePrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', FILE_MODE));
  restrict(file);
}

/**
 * SQLite creates `-wal` and `-shm` beside the database with the database file's mode; files left
 * by an older version are tightened here too. Call after opening.
 */
export function restrictSqliteSidecars(file: string): void {
  for (const f of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) if (existsSync(f)) restrict(f);
}

function restrict(file: string) {
  if (!statSync(file).isFile()) return;
  try {
    chmodSync(file, FILE_MODE);
  } catch (e) {
    if ((e as { code?: string }).code !== 'EPERM') throw e;
  }
}
