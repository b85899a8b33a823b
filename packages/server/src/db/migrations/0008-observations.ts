import type { CreateTableBuilder, Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column types are not known here
type Table = CreateTableBuilder<any, any>;

const syncColumns = (t: Table) =>
  t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull());

/** The standard columns of a content table (core `ContentMeta`, migration 0006's note). */
const contentColumns = (t: Table) =>
  t
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('group_id', 'text', (c) => c.references('groups.id'))
    .addColumn('owner_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('partner_person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('visibility', 'text', (c) => c.notNull());

async function contentIndexes(db: Db, table: string): Promise<void> {
  for (const col of ['owner_person_id', 'partner_person_id', 'author_person_id', 'group_id'])
    await db.schema
      .createIndex(`${table}_${col.replace('_person_id', '')}_version`)
      .on(table)
      .columns([col, 'version'])
      .execute();
}

/**
 * Issue 8, points 3 and 4. Instruments and their versions are program configuration (a device
 * holds its programs' published versions: indexed by program). An observation's metadata is its own
 * table, readable by officials; what was agreed, observed and reflected is content in three tables
 * with the standard content columns. No data: every program's default instrument is written by the
 * app (program.create and the demo seed), since a migration must not depend on app code.
 */
export async function up(db: Db): Promise<void> {
  await syncColumns(
    db.schema
      .createTable('instruments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('name', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('instruments_program_version')
    .on('instruments')
    .columns(['program_id', 'version'])
    .execute();

  await syncColumns(
    db.schema
      .createTable('instrument_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('instrument_id', 'text', (c) => c.notNull().references('instruments.id'))
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('frozen_at', 'text')
      .addUniqueConstraint('instrument_versions_number', ['instrument_id', 'number']),
  ).execute();
  await db.schema
    .createIndex('instrument_versions_program_version')
    .on('instrument_versions')
    .columns(['program_id', 'version'])
    .execute();

  await syncColumns(
    db.schema
      .createTable('observations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('observer_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('observed_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('instrument_version_id', 'text', (c) => c.notNull().references('instrument_versions.id'))
      .addColumn('scheduled_for', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('observed_at', 'text'),
  ).execute();
  for (const col of ['observer_person_id', 'observed_person_id', 'group_id'])
    await db.schema
      .createIndex(`observations_${col.replace('_person_id', '')}_version`)
      .on('observations')
      .columns([col, 'version'])
      .execute();

  await syncColumns(
    contentColumns(db.schema.createTable('observation_details'))
      .addColumn('focus_item_keys', 'text', (c) => c.notNull())
      .addColumn('focus_need_ids', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('grade', 'text')
      .addColumn('topic', 'text')
      .addColumn('class_size', 'integer')
      .addColumn('self_reflection', 'text')
      .addColumn('self_reflected_at', 'text')
      .addColumn('observer_reflection', 'text')
      .addColumn('observer_reflected_at', 'text')
      .addColumn('next_steps', 'text', (c) => c.notNull()),
  ).execute();
  await contentIndexes(db, 'observation_details');

  await syncColumns(
    contentColumns(db.schema.createTable('observation_responses'))
      .addColumn('observation_id', 'text', (c) => c.notNull().references('observations.id'))
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('item_type', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      // One row per item: a second answer to the same item replaces the first.
      .addUniqueConstraint('observation_responses_item', ['observation_id', 'item_key']),
  ).execute();
  await contentIndexes(db, 'observation_responses');

  await syncColumns(
    contentColumns(db.schema.createTable('observation_notes'))
      .addColumn('observation_id', 'text', (c) => c.notNull().references('observations.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull()),
  ).execute();
  await contentIndexes(db, 'observation_notes');
  await db.schema
    .createIndex('observation_notes_observation')
    .on('observation_notes')
    .columns(['observation_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
