import { type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * Anonymous feedback (ADR 0022). `feedback_givers` says who has rated (no rating, no time);
 * `feedback_pending` and `feedback_ratings` hold ratings (no author, no time, no version, random
 * ids). On SQLite the rating tables have no rowid, so their stored order is the random id order,
 * not the order of insertion.
 */
export async function up(db: Db): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const noRowid = <T extends CreateTableBuilder<string, string>>(t: T): T =>
    pg ? t : (t.modifyEnd(sql`without rowid`) as T);
  await db.schema
    .createTable('feedback_givers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('feedback_givers_once', ['meeting_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('feedback_givers_person_version')
    .on('feedback_givers')
    .columns(['person_id', 'version'])
    .execute();
  for (const name of ['feedback_pending', 'feedback_ratings'])
    await noRowid(
      db.schema
        .createTable(name)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('rating', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text'),
    ).execute();
  await db.schema.createIndex('feedback_pending_meeting').on('feedback_pending').column('meeting_id').execute();
  await db.schema.createIndex('feedback_ratings_meeting').on('feedback_ratings').column('meeting_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
