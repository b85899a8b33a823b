import type { Change, Resource } from '@mentora/core';
import type { SyncTableDescriptor, VersionWindow } from '../area';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import type { WorkingSet } from './working-set';

/**
 * Conflict copies in the version window whose record is in the working set, with that record's
 * policy resource: a copy travels with its record and is read by whoever may read it. The record
 * check asks the record's own sync table (its scope query, by id), so a new table with conflict
 * fields needs nothing here.
 */
export async function conflictCopyChanges(
  db: Db,
  ws: WorkingSet,
  window: VersionWindow,
  clock: Clock,
  tables: readonly SyncTableDescriptor[],
): Promise<(Change & { resource: Resource | null })[]> {
  const copies = await db
    .selectFrom('conflictCopies')
    .selectAll()
    .where('version', '>', window.from)
    .where('version', '<=', window.to)
    .execute();
  if (copies.length === 0) return [];
  const out: (Change & { resource: Resource | null })[] = [];
  for (const table of tables) {
    const mine = copies.filter((c) => c.tableName === table.table);
    if (mine.length === 0) continue;
    const records = await table.changed(db, ws, null, clock, [...new Set(mine.map((c) => c.recordId))]);
    const inSet = new Set(records.rows.map((r) => r.id));
    for (const c of mine) {
      if (!inSet.has(c.recordId)) continue;
      // The copy of a deleted record has no resource and is not sent: the device drops the record.
      const resource = records.resources.get(c.recordId) ?? null;
      const { clientId: _c, mutationId: _m, userId: _u, ...copy } = c;
      out.push(
        c.deletedAt !== null
          ? { t: 'conflictCopies', id: c.id, v: c.version, resource }
          : { t: 'conflictCopies', id: c.id, v: c.version, d: copy, resource },
      );
    }
  }
  return out;
}
