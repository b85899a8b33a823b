import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * Cluster calendar (issue 9, ADR 0024). `meeting_day_attendance`: one person on one day of a
 * meeting (metadata), with optional local arrival/leaving times (`HH:MM`) and the day's contact
 * hours; `meeting_attendance` keeps the per-meeting sum. `calendar_feeds`: a person's secret iCal
 * feed; only a SHA-256 hash of its token is kept, a revoked feed keeps its row (`revoked_at`).
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('meeting_day_attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('arrived_at', 'text')
    .addColumn('left_at', 'text')
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_day_attendance_meeting_day_person')
    .on('meeting_day_attendance')
    .columns(['meeting_id', 'day', 'person_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('meeting_day_attendance_group_version')
    .on('meeting_day_attendance')
    .columns(['group_id', 'version'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feeds_person').on('calendar_feeds').columns(['person_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
