import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * Portfolio entries (issue 8, point 6): the standard content columns (core `ContentMeta`), the
 * answers to the prompts as JSON text (`{"describe": "…"}`, text on both engines), the prompt set
 * they answer, an optional link to a meeting, observation, goal or module, and the day written about.
 * Shares reach their giver's devices: index the giver with the version (the pull's scope).
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('reflections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('group_id', 'text', (c) => c.references('groups.id'))
    .addColumn('owner_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('partner_person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('prompt_set_key', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('linked_type', 'text')
    .addColumn('linked_id', 'text')
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  for (const col of ['owner_person_id', 'partner_person_id', 'author_person_id', 'group_id'])
    await db.schema
      .createIndex(`reflections_${col.replace('_person_id', '').replace('_id', '')}_version`)
      .on('reflections')
      .columns([col, 'version'])
      .execute();
  await db.schema
    .createIndex('content_shares_granted_by_version')
    .on('content_shares')
    .columns(['granted_by_person_id', 'version'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
