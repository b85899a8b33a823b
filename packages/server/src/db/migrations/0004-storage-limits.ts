import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

/**
 * Bounded storage (issue 6, defect 7): an upload records when a record first used it, so the
 * hourly cleanup can remove the ones never used; the per-user quota sums uploads by owner.
 */
export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('uploads').addColumn('linked_at', 'text').execute();
  await db.schema.createIndex('uploads_owner').on('uploads').column('owner_user_id').execute();
  await db.schema.createIndex('uploads_unlinked').on('uploads').columns(['linked_at', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Mentora migrations only move forward');
}
