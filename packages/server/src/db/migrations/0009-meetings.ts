import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

type Builder = ReturnType<Db['schema']['createTable']>;

const syncColumns = (t: Builder) =>
  t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull());

/** The standard content columns (core `ContentMeta`, server `content/schema.ts`). */
const contentColumns = (t: Builder) =>
  t
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('group_id', 'text', (c) => c.references('groups.id'))
    .addColumn('owner_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('partner_person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('visibility', 'text', (c) => c.notNull());

async function contentIndexes(db: Db, table: string) {
  for (const col of ['owner_person_id', 'partner_person_id', 'author_person_id', 'group_id'])
    await db.schema
      .createIndex(`${table}_${col.replace('_person_id', '')}_version`)
      .on(table)
      .columns([col, 'version'])
      .execute();
}

/**
 * Meetings (ARCHITECTURE §2, §3): `meetings` and `meeting_attendance` are metadata (officials in
 * scope may learn that a meeting took place, when, who attended, contact hours); `meeting_notes`
 * and `meeting_artefacts` are content with the standard columns. `ends_on`: the last day of a
 * meeting that spans several days (PTMP cluster meetings, issue 9); null for a one-day meeting.
 */
export async function up(db: Db): Promise<void> {
  await syncColumns(
    db.schema
      .createTable('meetings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('scheduled_for', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer', (c) => c.notNull())
      .addColumn('ends_on', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('held_at', 'text')
      .addColumn('created_by_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('mentee_person_id', 'text', (c) => c.references('persons.id')),
  ).execute();
  await db.schema.createIndex('meetings_group_version').on('meetings').columns(['group_id', 'version']).execute();

  await syncColumns(
    db.schema
      .createTable('meeting_attendance')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('present', 'integer', (c) => c.notNull())
      .addColumn('hours', 'double precision', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('meeting_attendance_meeting_person')
    .on('meeting_attendance')
    .columns(['meeting_id', 'person_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('meeting_attendance_group_version')
    .on('meeting_attendance')
    .columns(['group_id', 'version'])
    .execute();
  await db.schema
    .createIndex('meeting_attendance_person')
    .on('meeting_attendance')
    .columns(['person_id', 'meeting_id'])
    .execute();

  await syncColumns(
    contentColumns(
      db.schema
        .createTable('meeting_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull().unique().references('meetings.id')),
    )
      .addColumn('agenda', 'text')
      .addColumn('notes', 'text')
      .addColumn('outcomes', 'text')
      .addColumn('goal_ids', 'text', (c) => c.notNull()),
  ).execute();
  await contentIndexes(db, 'meeting_notes');

  await syncColumns(
    contentColumns(
      db.schema
        .createTable('meeting_artefacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
        .addColumn('goal_id', 'text'),
    )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('upload_id', 'text', (c) => c.references('uploads.id')),
  ).execute();
  await contentIndexes(db, 'meeting_artefacts');
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
