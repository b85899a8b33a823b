import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type DbHandle, type Engine } from '../src/db/connect';
import { migrateToLatest } from '../src/db/migrate';

/** The engine this test run targets (vitest project `server-sqlite` or `server-postgres`). */
export const engine: Engine = process.env.MENTORA_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A fresh, migrated database: a new SQLite file in a temp dir, or a new PostgreSQL database on
 * the test server (or on `pgAdminUrl`, e.g. a throwaway server). Real engines, never mocks;
 * `close()` removes it again.
 */
export async function freshDb(pgAdminUrl = process.env.MENTORA_TEST_PG_URL): Promise<DbHandle> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mentora-test-'));
    const handle = connect(join(dir, 'test.sqlite'));
    await migrateToLatest(handle.db);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = pgAdminUrl;
  if (!adminUrl) throw new Error('MENTORA_TEST_PG_URL is not set');
  const name = `mentora_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = connect(url.toString());
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
