import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * A teacher shares one content record with a named person (ARCHITECTURE §3: recorded as consent,
 * revocable, audited). A revoked share stays as a row with `revoked_at`: the consent's history.
 * Content tables (0007+) carry the standard columns of core's `ContentMeta`.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('content_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('granted_by_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('content_shares_person')
    .on('content_shares')
    .columns(['person_id', 'revoked_at'])
    .execute();
  await db.schema.createIndex('content_shares_record').on('content_shares').columns(['record_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
