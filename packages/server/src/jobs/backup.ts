import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sql } from 'kysely';
import { ConfigError } from '../config';
import type { DbHandle } from '../db/connect';
import { ensurePrivateDir, ensurePrivateFile } from '../db/private-files';

/**
 * Writes a consistent copy of the SQLite database to `target` while the app keeps running
 * (VACUUM INTO). The file is created 0600 (a new directory 0700): it holds personal data.
 * Never overwrites: an existing non-empty `target` is a ConfigError (one line for the operator).
 * PostgreSQL: ConfigError pointing to pg_dump (admin guide, "Backups").
 */
export async function backup(handle: DbHandle, target: string): Promise<void> {
  if (handle.engine !== 'sqlite')
    throw new ConfigError('On PostgreSQL, back up with pg_dump -Fc (see the admin guide, "Backups").');
  const file = resolve(target);
  if (existsSync(file) && statSync(file).size > 0)
    throw new ConfigError(`${file} already exists; backups never overwrite a file, choose a new name.`);
  ensurePrivateDir(dirname(file));
  // VACUUM INTO accepts an existing empty file and keeps its mode, so the copy is never readable by others.
  ensurePrivateFile(file);
  try {
    await sql`VACUUM INTO ${file}`.execute(handle.db);
  } catch (e) {
    rmSync(file, { force: true });
    throw e;
  }
}
