import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * One row the health check rewrites: a committed write is the only honest test that the database
 * can still write (a full disk, a read-only mount or a standby after failover all pass a SELECT).
 * Its own table, so the probe never waits on the row lock of `server_clock` that writers hold.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('health_probe')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('health_probe')
    .values({ id: 1, checked_at: new Date(0).toISOString() })
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
