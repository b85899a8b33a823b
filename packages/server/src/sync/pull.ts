import { createHash } from 'node:crypto';
import {
  type Actor,
  type Change,
  can,
  clockSkewSeconds,
  type PullQuery,
  type PullResponse,
  type Resource,
} from '@mentora/core';
import type { SyncedRow, SyncTableDescriptor, VersionWindow } from '../area';
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
  /** Changes per page (default `PULL_PAGE`; tests use a small one). */
  pageSize?: number;
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
  const ws = await withTableScopes(deps, await workingSet(db, actor, clock));
  // Devices from before `scope` was sent fall back to what an older server stored for them.
  const reset = q.cursor === 0 || (q.scope ?? client.scopeKey) !== ws.scopeKey;
  const from = reset ? 0 : q.cursor;
  const snapshot = Number((await db.selectFrom('serverClock').select('version').executeTakeFirstOrThrow()).version);
  const { candidates, cut } = await changedRows(deps, ws, { from, to: snapshot });
  const visible = candidates
    .filter((c) => c.d === undefined || (c.resource !== null && can(actor, 'read', c.resource)))
    .filter((c) => !(reset && c.d === undefined))
    .sort((a, b) => a.v - b.v || a.t.localeCompare(b.t) || a.id.localeCompare(b.id));
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
  const skew = clockSkewSeconds(q.deviceTime, clock.now());
  return {
    cursor: cut,
    lastMutationId: client.lastMutationId,
    reset,
    scope: ws.scopeKey,
    more: cut < snapshot,
    changes: visible.map(({ resource: _r, ...c }) => c),
    rejected: rejected.map((r) => ({
      id: Number(r.mutationId),
      name: r.name,
      args: JSON.parse(r.args),
      error: JSON.parse(r.error ?? '{}'),
    })),
    ...(skew === undefined ? {} : { clockSkewSeconds: skew }),
  };
}

/**
 * The working set with the sync tables' own scope parts (`SyncTableSpec.scopeKey`) joined into its
 * key: rows that became unreadable inside the set (a concern taken back from the cluster) reset the
 * device like a revoked share does (ADR 0021, 0023).
 */
async function withTableScopes(deps: PullDeps, ws: WorkingSet): Promise<WorkingSet> {
  const parts = await Promise.all(deps.syncTables.flatMap((t) => (t.scopeKey ? [t.scopeKey(deps.db, ws)] : [])));
  if (parts.length === 0) return ws;
  return {
    ...ws,
    scopeKey: createHash('sha256')
      .update(JSON.stringify([ws.scopeKey, ...parts]))
      .digest('hex'),
  };
}

/**
 * One page of changes: each sync table is asked in SQL for at most a page of its lowest versions in
 * the window (one row more, to see whether it has more). The page ends at `cut`, the highest
 * version every table has given completely, so a version is never split across pages and a device
 * catching up on years of history reads a page at a time, never the whole history per request.
 * A single version larger than a page (one big import) is read whole.
 */
async function changedRows(
  deps: PullDeps,
  ws: WorkingSet,
  window: VersionWindow,
): Promise<{ candidates: Candidate[]; cut: number }> {
  const { db, clock, syncTables, meter } = deps;
  const limit = deps.pageSize ?? PULL_PAGE;
  const read: { table: SyncTableDescriptor; rows: SyncedRow[]; resources: Map<string, Resource> }[] = [];
  let cut = window.to;
  let saturated = false;
  for (const table of syncTables) {
    const got = await table.changed(db, ws, { ...window, limit }, clock);
    meter?.(table.table, got.rows.length);
    read.push({ table, ...got });
    if (got.rows.length > limit) {
      // This table has more: its last version may be incomplete, so the page stops before it.
      const last = (got.rows[got.rows.length - 1] as SyncedRow).version;
      cut = Math.min(cut, last - 1);
      saturated = true;
    }
  }
  if (saturated && cut <= window.from) {
    // The lowest pending version alone is bigger than a page: take that version whole.
    const lowest = Math.min(...read.flatMap((r) => r.rows.map((x) => x.version)));
    cut = lowest;
    for (const r of read)
      if (r.rows.some((x) => x.version === lowest)) {
        const whole = await r.table.changed(db, ws, { from: lowest - 1, to: lowest }, clock);
        meter?.(r.table.table, whole.rows.length);
        r.rows = whole.rows;
        r.resources = whole.resources;
      }
  }
  const out: Candidate[] = [];
  for (const { table, rows, resources } of read)
    for (const r of rows) {
      if (r.version > cut) continue;
      out.push(
        r.deleted
          ? { t: table.table, id: r.id, v: r.version, resource: null }
          : { t: table.table, id: r.id, v: r.version, d: r.record, resource: resources.get(r.id) ?? null },
      );
    }
  const copies = await conflictCopyChanges(db, ws, { from: window.from, to: cut }, clock, syncTables);
  meter?.('conflictCopies', copies.length);
  for (const c of copies) out.push(c);
  return { candidates: out, cut };
}
