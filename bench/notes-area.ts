import type { Resource, SyncTable } from '@mentora/core';
import { sql } from 'kysely';
import { type AreaDescriptor, inIds, syncTable } from '../packages/server/src/area';
import { newId } from '../packages/server/src/clock';
import type { Db } from '../packages/server/src/db/connect';
import { nextVersion } from '../packages/server/src/db/version';

/**
 * A bench-only content table standing in for the coming areas (observations, reflections…): a
 * note per group, as many as years of a mentor's work leave. It reaches the pull the way a real area
 * does — through a descriptor in the area list given to buildApp — and never ships: no migration,
 * no core entry (hence the cast of its table name).
 */
interface BenchNotesTable {
  id: string;
  groupId: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}
const notesDb = (db: Db) => db.withTables<{ benchNotes: BenchNotesTable }>();
export const NOTES_TABLE = 'benchNotes' as SyncTable;

/** Creates the table with the index every scoped sync table should have: (scope column, version). */
export async function createNotesTable(db: Db): Promise<void> {
  await db.schema
    .createTable('bench_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bench_notes_group_version').on('bench_notes').columns(['group_id', 'version']).execute();
  await sql`create index bench_notes_version on bench_notes (version)`.execute(db);
}

/** `count` notes in `groupId`, `perVersion` to a version (one mutation's worth of rows each). */
export async function addNotes(db: Db, groupId: string, count: number, perVersion = 50): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < count; i += perVersion) {
    await db.transaction().execute(async (trx) => {
      const version = await nextVersion(trx);
      const rows = Array.from({ length: Math.min(perVersion, count - i) }, (_, k) => ({
        id: newId(),
        groupId,
        body: `Observation note ${i + k}: the teacher used pair work; next step agreed.`,
        createdAt: now,
        updatedAt: now,
        deletedAt: (i + k) % 10 === 0 ? now : null,
        version,
      }));
      await notesDb(trx).insertInto('benchNotes').values(rows).execute();
    });
  }
}

/** The notes' descriptor: scoped to the user's current groups, read as their group. */
export const notesArea: AreaDescriptor = {
  name: 'bench-notes',
  commands: new Map(),
  syncTables: [
    syncTable({
      table: NOTES_TABLE,
      scope: (db, ws) => notesDb(db).selectFrom('benchNotes').selectAll().where(inIds('groupId', ws.groupIds)),
      toRecord: (r) => ({ ...r }),
      resources: async (db, rows) => {
        const groups = await db
          .selectFrom('groups as g')
          .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
          .select(['g.id', 'g.programId', 'u.path'])
          .where('g.id', 'in', [...new Set(rows.map((r) => r.groupId))])
          .execute();
        const byId = new Map(
          groups.map((g): [string, Resource] => [
            g.id,
            { type: 'group', programId: g.programId, path: g.path, groupId: g.id },
          ]),
        );
        return new Map(
          rows.flatMap((r): [string, Resource][] =>
            byId.has(r.groupId) ? [[r.id, byId.get(r.groupId) as Resource]] : [],
          ),
        );
      },
    }),
  ],
};

/** The query plan of the notes' incremental pull query, one line per step (SQLite or PostgreSQL). */
export async function notesPlan(db: Db, engine: string, groupId: string, cursor: number): Promise<string[]> {
  const q =
    engine === 'sqlite'
      ? sql<{
          detail: string;
        }>`explain query plan select * from bench_notes where group_id in (${groupId}) and version > ${cursor} and version <= ${cursor}`
      : sql<{
          'QUERY PLAN': string;
        }>`explain select * from bench_notes where group_id in (${groupId}) and version > ${cursor} and version <= ${cursor}`;
  const rows = (await q.execute(db)).rows as Record<string, string>[];
  return rows.map((r) => r.detail ?? r['QUERY PLAN'] ?? r.queryPlan ?? JSON.stringify(r));
}
