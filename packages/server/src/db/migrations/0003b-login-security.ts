import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): a browser where a
 * user logged in keeps a token that lets it try during a lockout of untrusted clients, with a
 * small failure budget of its own. Only the token's SHA-256 is stored (issue 6, defect 3).
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('trusted_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trusted_devices_user').on('trusted_devices').column('user_id').execute();
  await db.schema.createIndex('trusted_devices_expires').on('trusted_devices').column('expires_at').execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
