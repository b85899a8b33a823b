import { recordSearchKey } from '@mentora/core';
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

const BATCH = 500;

/**
 * Issue 10, kind 3: one search key per searchable record, computed by core's `searchKey` and
 * indexed, so a search finds a name whatever its case, script or diacritics on both engines
 * (SQLite's `lower()` folds A–Z only). Existing rows get their key here; a later change of
 * `searchKey` needs a migration like this one that recomputes the keys.
 */
export async function up(db: Db): Promise<void> {
  for (const table of ['persons', 'groups']) {
    await db.schema
      .alterTable(table)
      .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  }
  await db.schema
    .createIndex('persons_program_search_key')
    .on('persons')
    .columns(['program_id', 'search_key'])
    .execute();
  await db.schema.createIndex('groups_program_search_key').on('groups').columns(['program_id', 'search_key']).execute();
  await rekey(db, 'persons', ['full_name', 'emis_id']);
  await rekey(db, 'groups', ['name']);
}

async function rekey(db: Db, table: string, columns: string[]): Promise<void> {
  let after = '';
  for (;;) {
    const rows: Record<string, string | null>[] = await db
      .selectFrom(table)
      .select(['id', ...columns])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const key = recordSearchKey(columns.map((c) => row[c]));
      await db.updateTable(table).set({ search_key: key }).where('id', '=', row.id).execute();
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]?.id ?? after;
  }
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('groups_program_search_key').execute();
  await db.schema.dropIndex('persons_program_search_key').execute();
  for (const table of ['persons', 'groups']) await db.schema.alterTable(table).dropColumn('search_key').execute();
}
