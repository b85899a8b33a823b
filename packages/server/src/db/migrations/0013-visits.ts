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

/**
 * School follow-up visits (issue 9). `visits` is metadata (where, when, status, teachers seen and
 * concerns followed up as JSON id lists, the acknowledgement's time); `visit_notes` is content
 * (the support given, standard content columns, id = the visit's); `visit_acknowledgements` is the
 * head teacher's comment (id = the visit's). The mentor's device scopes by group, the head
 * teacher's by school: both indexed with the version (ADR 0015).
 */
export async function up(db: Db): Promise<void> {
  await syncColumns(
    db.schema
      .createTable('visits')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('school_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
      .addColumn('mentor_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('planned_for', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      .addColumn('concern_ids', 'text', (c) => c.notNull())
      .addColumn('teacher_person_ids', 'text', (c) => c.notNull())
      .addColumn('observation_id', 'text')
      .addColumn('acknowledged_at', 'text')
      .addColumn('acknowledged_by_person_id', 'text', (c) => c.references('persons.id')),
  ).execute();
  await db.schema.createIndex('visits_group_version').on('visits').columns(['group_id', 'version']).execute();
  await db.schema.createIndex('visits_school_version').on('visits').columns(['school_unit_id', 'version']).execute();
  await db.schema
    .createIndex('visits_mentor_planned')
    .on('visits')
    .columns(['mentor_person_id', 'planned_for'])
    .execute();

  await syncColumns(
    db.schema
      .createTable('visit_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('group_id', 'text', (c) => c.references('groups.id'))
      .addColumn('owner_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('partner_person_id', 'text', (c) => c.references('persons.id'))
      .addColumn('author_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('support_given', 'text', (c) => c.notNull()),
  ).execute();
  for (const col of ['owner_person_id', 'partner_person_id', 'author_person_id', 'group_id'])
    await db.schema
      .createIndex(`visit_notes_${col.replace('_person_id', '').replace('_id', '')}_version`)
      .on('visit_notes')
      .columns([col, 'version'])
      .execute();

  await syncColumns(
    db.schema
      .createTable('visit_acknowledgements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
      .addColumn('school_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
      .addColumn('head_person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('comment', 'text')
      .addColumn('acknowledged_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('visit_acknowledgements_group_version')
    .on('visit_acknowledgements')
    .columns(['group_id', 'version'])
    .execute();
  await db.schema
    .createIndex('visit_acknowledgements_school_version')
    .on('visit_acknowledgements')
    .columns(['school_unit_id', 'version'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
