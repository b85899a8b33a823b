import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * The pull asks each sync table for `scope column IN (…) AND version > cursor AND version <=
 * snapshot` (ADR 0015). With the scope column and the version in one index, an up-to-date device's
 * pull visits no row of its groups' membership history or its own role history.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createIndex('group_members_group_version')
    .on('group_members')
    .columns(['group_id', 'version'])
    .execute();
  await db.schema
    .createIndex('role_assignments_person_version')
    .on('role_assignments')
    .columns(['person_id', 'version'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('role_assignments_person_version').execute();
  await db.schema.dropIndex('group_members_group_version').execute();
}
