import { chmodSync, closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { ConfigError } from '../config';
import { knownMigrations } from '../db/migrate';
import { ensurePrivateDir, restrictSqliteSidecars } from '../db/private-files';
import { leaseFile, runningServer } from '../db/server-lease';

export interface RestoreResult {
  /** Absolute path of the restored database. */
  target: string;
  /** Migrations recorded in the backup; the next start applies any newer ones. */
  migrations: string[];
  programs: number;
  persons: number;
}

// Tables every Mentora database has had since the first migration.
const REQUIRED_TABLES = ['kysely_migration', 'server_clock', 'programs', 'persons', 'users'];

/**
 * Replaces the SQLite database at `target` with the backup `source` (made by `backup`). The server
 * must be stopped first: a running one keeps the old file open and its writes would be lost.
 *
 * Checks before it touches anything, each a ConfigError with one line for the operator: no live
 * server uses `target` (its pid note, db/server-lease.ts); `source` is a file, readable, a SQLite file that passes `PRAGMA quick_check`, has Mentora's tables and no migration
 * this version does not know; `target` holds no programs, persons or users unless `force`.
 * Then copies with SQLite's online backup API into a 0600 file beside `target`, removes the old
 * database's `-wal`/`-shm` (SQLite would replay an old WAL onto the new file) and renames the
 * copy into place, so `target` is either the old database or the whole backup, never half.
 */
export async function restore(source: string, target: string, opts: { force?: boolean } = {}): Promise<RestoreResult> {
  const from = resolve(source);
  const to = resolve(target);
  const server = runningServer(to);
  if (server !== null)
    throw new ConfigError(
      `The database ${to} is in use by a running server (pid ${server}); stop it first, then restore (if no server runs, remove ${leaseFile(to)}).`,
    );
  const checked = inspectBackup(from, await knownMigrations());
  if (!opts.force && hasData(to))
    throw new ConfigError(
      `The database ${to} is not empty; to replace it with ${from}, run restore again with --force.`,
    );

  ensurePrivateDir(dirname(to));
  const temporary = `${to}.restoring`;
  rmSync(temporary, { force: true });
  const src = new SqliteDatabase(from, { readonly: true, fileMustExist: true });
  try {
    await src.backup(temporary);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  } finally {
    src.close();
  }
  // SQLite created the copy with the umask's mode; it holds personal data. The copy keeps the
  // backup's journal mode; the app switches it to WAL when it opens the file.
  chmodSync(temporary, 0o600);
  for (const f of [`${to}-wal`, `${to}-shm`, `${to}-journal`]) rmSync(f, { force: true });
  renameSync(temporary, to);
  restrictSqliteSidecars(to);
  return { target: to, ...checked };
}

/**
 * Validates `file` as a Mentora SQLite backup; returns what it holds. Every refusal names the
 * backup file (issue 6 retest B10: a directory was reported against the target database).
 */
function inspectBackup(file: string, known: readonly string[]): Omit<RestoreResult, 'target'> {
  if (!existsSync(file)) throw new ConfigError(`The backup ${file} does not exist.`);
  if (!statSync(file).isFile()) throw new ConfigError(`The backup ${file} is not a file (a directory?).`);
  try {
    return readBackup(file, known);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = (e as { code?: unknown }).code;
    throw new ConfigError(
      `The backup ${file} cannot be read: ${e instanceof Error ? e.message : String(e)}${typeof code === 'string' ? ` [${code}]` : ''}`,
    );
  }
}

function readBackup(file: string, known: readonly string[]): Omit<RestoreResult, 'target'> {
  if (!isSqliteFile(file)) throw new ConfigError(`${file} is not a SQLite database (no SQLite header).`);
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ConfigError(`${file} is damaged (quick_check: ${String(check)}).`);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new ConfigError(`${file} is not a Mentora database (no table ${missing.join(', ')}).`);
    const migrations = (db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map(
      (m) => m.name,
    );
    const unknown = migrations.filter((m) => !known.includes(m));
    if (unknown.length)
      throw new ConfigError(
        `${file} was made by a newer version of Mentora (migration ${unknown.join(', ')}); upgrade first.`,
      );
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { migrations, programs: count('programs'), persons: count('persons') };
  } finally {
    db.close();
  }
}

function isSqliteFile(file: string): boolean {
  if (statSync(file).size < 100) return false;
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === 'SQLite format 3\u0000';
}

/** True when `file` exists and holds any program, person or user (or cannot be read as one). */
function hasData(file: string): boolean {
  if (!existsSync(file) || statSync(file).size === 0) return false;
  if (!isSqliteFile(file)) return true;
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return ['programs', 'persons', 'users'].some(
      (t) => tables.some((x) => x.name === t) && db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() !== undefined,
    );
  } catch {
    return true;
  } finally {
    db.close();
  }
}
