import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  // One row per device install; bound to the user who first pushed or pulled with it.
  await db.schema
    .createTable('sync_clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('last_mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('scope_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Every mutation the server processed, applied or rejected, in server order (version).
  await db.schema
    .createTable('sync_mutations')
    .addColumn('client_id', 'text', (c) => c.notNull().references('sync_clients.id'))
    .addColumn('mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('args', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('processed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_mutations_pk', ['client_id', 'mutation_id'])
    .execute();

  await db.schema
    .createTable('conflict_copies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('kept_text', 'text', (c) => c.notNull())
    .addColumn('winning_text', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conflict_copies_record')
    .on('conflict_copies')
    .columns(['table_name', 'record_id'])
    .execute();
  await sql`create index conflict_copies_version on conflict_copies (version)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
