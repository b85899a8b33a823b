import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column names are not typed here
type Table = CreateTableBuilder<any, any>;

/** The standard content columns (core `ContentMeta`, server `content/schema.ts`). */
function contentColumns(t: Table): Table {
  return t
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('group_id', 'text', (c) => c.references('groups.id'))
    .addColumn('owner_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('partner_person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('visibility', 'text', (c) => c.notNull());
}

function syncColumns(t: Table): Table {
  return t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull());
}

/** The four scope indexes of a content table: the pull asks `scope AND version > cursor` (ADR 0015). */
async function contentIndexes(db: Db, table: string): Promise<void> {
  for (const col of ['owner_person_id', 'partner_person_id', 'author_person_id', 'group_id'])
    await db.schema
      .createIndex(`${table}_${col.replace('_person_id', '').replace('_id', '')}_version`)
      .on(table)
      .columns([col, 'version'])
      .execute();
}

/**
 * Needs and action plans (issue 8, points 1 and 2): needs, goals, actions and action reviews are
 * content (ARCHITECTURE §3); the training-module catalogue is program configuration.
 */
export async function up(db: Db): Promise<void> {
  await syncColumns(
    db.schema
      .createTable('training_modules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('training_modules_program_version')
    .on('training_modules')
    .columns(['program_id', 'version'])
    .execute();

  await syncColumns(
    contentColumns(db.schema.createTable('needs'))
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('area_key', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('module_id', 'text', (c) => c.references('training_modules.id'))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text'),
  ).execute();
  await contentIndexes(db, 'needs');

  await syncColumns(
    contentColumns(db.schema.createTable('goals'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('need_ids', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull()),
  ).execute();
  await contentIndexes(db, 'goals');

  await syncColumns(
    contentColumns(db.schema.createTable('actions'))
      .addColumn('goal_id', 'text', (c) => c.references('goals.id'))
      // The observation that agreed this next step (table of the observations area: no foreign key here).
      .addColumn('observation_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('assignee_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull()),
  ).execute();
  await contentIndexes(db, 'actions');
  await db.schema.createIndex('actions_goal').on('actions').column('goal_id').execute();
  // Overdue actions by due date (reminders, monitoring of overdue support).
  await sql`create index actions_open_due on actions (due_date) where status in ('planned', 'in_progress')`.execute(db);

  await syncColumns(
    contentColumns(db.schema.createTable('action_reviews'))
      .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('upload_ids', 'text', (c) => c.notNull()),
  ).execute();
  await contentIndexes(db, 'action_reviews');
  await db.schema.createIndex('action_reviews_action').on('action_reviews').column('action_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
