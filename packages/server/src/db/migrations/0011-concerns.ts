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

async function index(db: Db, table: string, columns: string[], name = `${table}_${columns[0]}_version`) {
  await db.schema.createIndex(name).on(table).columns(columns).execute();
}

/**
 * Concerns (issue 9; PTMP seed: clusters "raise and sort out classroom and school concerns").
 * `concerns` is metadata and names no person: who raised it is in `concern_raisers` (several after
 * a merge; `show_name`: that raiser's own choice to show their name to the cluster), each state change in `concern_transitions` (who, when), and the text — description and
 * resolution — in the content table `concern_details` (one per concern, with its id). Booleans are
 * 0/1 on both engines; `resolution_days` is the kept time to resolution in days;
 * `withdrawn_version`: the version at which its raiser last showed it to fewer people (ADR 0023).
 */
export async function up(db: Db): Promise<void> {
  await syncColumns(
    db.schema
      .createTable('concerns')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('grade', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
      .addColumn('agenda_position', 'integer')
      .addColumn('merged_into_id', 'text', (c) => c.references('concerns.id'))
      .addColumn('shared_with_cluster', 'integer', (c) => c.notNull())
      .addColumn('show_raiser_name', 'integer', (c) => c.notNull())
      .addColumn('raised_at', 'text', (c) => c.notNull())
      .addColumn('discussed_at', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('follow_up_school_unit_id', 'text', (c) => c.references('org_units.id'))
      .addColumn('follow_up_by', 'text')
      .addColumn('followed_up_at', 'text')
      .addColumn('followed_up_visit_id', 'text')
      .addColumn('reopened_count', 'integer', (c) => c.notNull())
      .addColumn('resolution_days', 'double precision')
      .addColumn('withdrawn_version', 'bigint'),
  ).execute();
  await index(db, 'concerns', ['group_id', 'version']);
  await index(db, 'concerns', ['group_id', 'withdrawn_version'], 'concerns_group_withdrawn');
  await index(db, 'concerns', ['meeting_id', 'agenda_position']);
  await index(db, 'concerns', ['program_id', 'state'], 'concerns_program_state');

  await syncColumns(
    db.schema
      .createTable('concern_raisers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('show_name', 'integer', (c) => c.notNull())
      .addColumn('raised_at', 'text', (c) => c.notNull())
      // 1: the raiser of a concern merged into this one — follows its state, never reads its text.
      .addColumn('via_merge', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex('concern_raisers_concern_person')
    .on('concern_raisers')
    .columns(['concern_id', 'person_id'])
    .unique()
    .execute();
  await index(db, 'concern_raisers', ['group_id', 'version']);
  await index(db, 'concern_raisers', ['person_id', 'version']);

  await syncColumns(
    db.schema
      .createTable('concern_transitions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text', (c) => c.notNull())
      .addColumn('by_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'concern_transitions', ['group_id', 'version']);
  await index(db, 'concern_transitions', ['concern_id', 'at']);

  await syncColumns(
    db.schema
      .createTable('concern_details')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('concern_id', 'text', (c) => c.notNull().unique().references('concerns.id'))
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('group_id', 'text', (c) => c.references('groups.id'))
      .addColumn('owner_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('partner_person_id', 'text', (c) => c.references('persons.id'))
      .addColumn('author_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('resolution', 'text'),
  ).execute();
  await index(db, 'concern_details', ['group_id', 'version']);
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
