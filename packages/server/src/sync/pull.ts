import { type Actor, type Change, can, type PullQuery, type PullResponse, type Resource } from '@mentora/core';
import type { SyncTableDescriptor, VersionWindow } from '../area';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { findClient } from './clients';
import { conflictCopyChanges } from './conflict-copies';
import { type WorkingSet, workingSet } from './working-set';

/** Changes per page; a version is never split across pages (its rows committed together). */
export const PULL_PAGE = 2000;

export interface PullDeps {
  db: Db;
  clock: Clock;
  /** Every area's sync tables, combined in app.ts. */
  syncTables: readonly SyncTableDescriptor[];
  /** Counts the rows each table's query returned (the benchmark's "rows read per pull"). */
  meter?: (table: string, rows: number) => void;
}

interface Candidate extends Change {
  resource: Resource | null;
}

/**
 * Returns the changes above the device's cursor within its working set that the policy lets this
 * user read, with the new cursor and how far its outbox was applied. A changed working set answers
 * with a reset: every row of the new set, to replace what the device holds. The device sends back
 * the `scope` it was last given, so a pull writes nothing (defect 8): an unknown device id answers
 * as a new client and is not claimed. Each sync table is asked in SQL for the rows of the working
 * set inside the version window, so an empty pull reads no rows whatever the user's history.
 */
export async function pull(deps: PullDeps, actor: Actor, q: PullQuery): Promise<PullResponse> {
  const { db, clock } = deps;
  const client = await findClient(db, q.clientId, actor);
  const ws = await workingSet(db, actor, clock);
  // Devices from before `scope` was sent fall back to what an older server stored for them.
  const reset = q.cursor === 0 || (q.scope ?? client.scopeKey) !== ws.scopeKey;
  const from = reset ? 0 : q.cursor;
  const snapshot = Number((await db.selectFrom('serverClock').select('version').executeTakeFirstOrThrow()).version);
  const candidates = await changedRows(deps, ws, { from, to: snapshot });
  const visible = candidates
    .filter((c) => c.d === undefined || (c.resource !== null && can(actor, 'read', c.resource)))
    .filter((c) => !(reset && c.d === undefined))
    .sort((a, b) => a.v - b.v || a.t.localeCompare(b.t) || a.id.localeCompare(b.id));
  let page = visible;
  let cursor = snapshot;
  let more = false;
  if (visible.length > PULL_PAGE) {
    const cut = (visible[PULL_PAGE - 1] as Candidate).v;
    page = visible.filter((c) => c.v <= cut);
    cursor = cut;
    more = page.length < visible.length;
  }
  const rejected =
    client.known && q.pending
      ? await db
          .selectFrom('syncMutations')
          .select(['mutationId', 'name', 'args', 'error'])
          .where('clientId', '=', q.clientId)
          .where('status', '=', 'rejected')
          .where('mutationId', '>=', q.pending)
          .orderBy('mutationId')
          .execute()
      : [];
  return {
    cursor,
    lastMutationId: client.lastMutationId,
    reset,
    scope: ws.scopeKey,
    more,
    changes: page.map(({ resource: _r, ...c }) => c),
    rejected: rejected.map((r) => ({
      id: Number(r.mutationId),
      name: r.name,
      args: JSON.parse(r.args),
      error: JSON.parse(r.error ?? '{}'),
    })),
  };
}

/** Every sync table's changed rows in the window, one query per table (plus its bulk resource load). */
async function changedRows(deps: PullDeps, ws: WorkingSet, window: VersionWindow): Promise<Candidate[]> {
  const { db, clock, syncTables, meter } = deps;
  const out: Candidate[] = [];
  for (const table of syncTables) {
    const { rows, resources } = await table.changed(db, ws, window, clock);
    meter?.(table.table, rows.length);
    for (const r of rows)
      out.push(
        r.deleted
          ? { t: table.table, id: r.id, v: r.version, resource: null }
          : { t: table.table, id: r.id, v: r.version, d: r.record, resource: resources.get(r.id) ?? null },
      );
  }
  const copies = await conflictCopyChanges(db, ws, window, clock, syncTables);
  meter?.('conflictCopies', copies.length);
  for (const c of copies) out.push(c);
  return out;
}
