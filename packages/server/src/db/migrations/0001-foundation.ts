import { type Kysely, sql } from 'kysely';

// Migrations only add (STYLE: old clients keep syncing). Types are chosen to mean the same on
// SQLite and PostgreSQL: text ids and ISO-8601 UTC timestamps, JSON as text, bigint versions.

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

function syncTable(db: Db, name: string) {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull());
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('server_clock')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('server_clock').values({ id: 1, version: 0 }).execute();

  await syncTable(db, 'programs')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('level_names', 'text', (c) => c.notNull())
    .addColumn('locales', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('root_org_unit_id', 'text')
    .execute();

  await syncTable(db, 'org_units')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('parent_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('emis_code', 'text')
    .addColumn('path', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_units_path').on('org_units').columns(['program_id', 'path']).execute();
  await db.schema.createIndex('org_units_parent').on('org_units').column('parent_id').execute();
  await db.schema.createIndex('org_units_emis').on('org_units').columns(['program_id', 'emis_code']).unique().execute();

  await syncTable(db, 'persons')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('subjects', 'text', (c) => c.notNull())
    .addColumn('grades', 'text', (c) => c.notNull())
    .addColumn('years_experience', 'integer')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('school_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('emis_id', 'text')
    .execute();
  await db.schema.createIndex('persons_school').on('persons').column('school_id').execute();
  await db.schema.createIndex('persons_emis').on('persons').columns(['program_id', 'emis_id']).unique().execute();
  await db.schema.createIndex('persons_phone').on('persons').columns(['program_id', 'phone']).unique().execute();
  await db.schema.createIndex('persons_name').on('persons').columns(['program_id', 'full_name']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().unique().references('persons.id'))
    .addColumn('login_phone', 'text', (c) => c.unique())
    .addColumn('login_email', 'text', (c) => c.unique())
    .addColumn('password_hash', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('is_system_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('one_time_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('one_time_codes_user').on('one_time_codes').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await syncTable(db, 'role_assignments')
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .execute();
  await db.schema.createIndex('role_assignments_person').on('role_assignments').column('person_id').execute();

  await syncTable(db, 'groups')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .execute();
  await db.schema.createIndex('groups_org_unit').on('groups').column('org_unit_id').execute();

  await syncTable(db, 'group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .execute();
  await db.schema.createIndex('group_members_group').on('group_members').column('group_id').execute();
  await db.schema.createIndex('group_members_person').on('group_members').column('person_id').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();

  // Sync pulls by version: every syncable table gets a version index.
  for (const t of ['programs', 'org_units', 'persons', 'role_assignments', 'groups', 'group_members']) {
    await sql`create index ${sql.id(`${t}_version`)} on ${sql.table(t)} (version)`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
