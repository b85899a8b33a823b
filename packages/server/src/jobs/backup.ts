import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sql } from 'kysely';
import { ConfigError } from '../config';
import type { DbHandle } from '../db/connect';

/** SQLite: VACUUM INTO writes a consistent copy while the app keeps running. PostgreSQL: use pg_dump. */
export async function backup(handle: DbHandle, target: string): Promise<void> {
  if (handle.engine !== 'sqlite') throw new ConfigError('On PostgreSQL, back up with pg_dump (see the admin guide).');
  const file = resolve(target);
  mkdirSync(dirname(file), { recursive: true });
  await sql`VACUUM INTO ${file}`.execute(handle.db);
}
