import {
  applyMutation,
  baseOf,
  baseTable,
  createsRecord,
  type MutatedCommand,
  type RowStore,
} from '@mentora/core/mutators';
import { type Change, type PullResponse, SYNC_TABLES, type SyncRecords, type SyncTable } from '@mentora/core/sync';
import type { CommandArgs } from '@mentora/core/types';
import { type Args, getMeta, type LocalDb, type OutboxEntry, setMeta } from './db';
import { uuidv7 } from './uuid';

const shadowKey = (t: SyncTable, id: string) => `${t}:${id}`;

/**
 * The local tables as core's mutators see them. The first time a pending mutation touches a row,
 * the server's copy is kept in `shadow`, so a rebase can put the server's data back before it
 * re-applies what is still pending.
 */
function overlay(db: LocalDb): RowStore {
  const remember = async (t: SyncTable, id: string) => {
    const key = shadowKey(t, id);
    if (await db.shadow.get(key)) return;
    await db.shadow.put({ key, t, id, d: (await db.rows(t).get(id)) ?? null });
  };
  return {
    get: (t, id) => db.rows(t).get(id),
    find: (t, field, value) =>
      db
        .rows(t)
        .filter((r) => r[field] === value)
        .toArray(),
    put: async (t, row) => {
      await remember(t, row.id);
      await db.rows(t).put(row);
    },
    remove: async (t, id) => {
      await remember(t, id);
      await db.rows(t).delete(id);
    },
  };
}

async function applyEntry(db: LocalDb, entry: OutboxEntry): Promise<void> {
  try {
    await applyMutation(overlay(db), entry.name, entry.args, entry.createdAt);
  } catch (error) {
    // A mutator is only a preview; the server's answer is what counts, so never block on one.
    console.warn('could not preview', entry.name, error);
  }
}

const WRITE_TABLES = [...SYNC_TABLES, 'outbox', 'rejected', 'meta', 'shadow'];

/** A pull change's record, as the server's row → record mapper for table `t` made it. */
const recordOf = <T extends SyncTable>(_t: T, c: Change): SyncRecords[T] => ({ ...c.d, id: c.id }) as SyncRecords[T];

/**
 * Queues a command and applies it to the local tables in one transaction: the next mutation id,
 * the `base` of the edited fields, the optimistic change. Creates get their UUIDv7 id here.
 * `shown`: the record as the edit screen displayed it (issue 10, kind 5) — the base is taken from
 * it, else from this phone's copy of the record; a screen showing server data has no local copy.
 */
export async function enqueue<N extends MutatedCommand>(
  db: LocalDb,
  name: N,
  input: CommandArgs<N>,
  now: Date = new Date(),
  shown?: object,
): Promise<OutboxEntry> {
  const typed: Args = { ...input };
  const args: Args = createsRecord(name) && !typed.id ? { id: uuidv7(), ...typed } : typed;
  return db.transaction('rw', WRITE_TABLES, async () => {
    const id = (await getMeta<number>(db, 'nextMutationId')) ?? 1;
    const table = baseTable(name);
    const base = table ? baseOf(args, shown ?? (await db.rows(table).get(String(args.id)))) : undefined;
    const entry: OutboxEntry = { id, name, args, ...(base ? { base } : {}), createdAt: now.toISOString() };
    await db.outbox.add(entry);
    await setMeta(db, 'nextMutationId', id + 1);
    await applyEntry(db, entry);
    return entry;
  });
}

/** Puts the server's copy back under every row a pending mutation changed. */
async function revert(db: LocalDb): Promise<void> {
  for (const s of await db.shadow.toArray()) {
    if (s.d) await db.rows(s.t).put(s.d);
    else await db.rows(s.t).delete(s.id);
  }
  await db.shadow.clear();
}

/** Re-applies what is still in the outbox, in order, on top of the server's data. */
export async function rebase(db: LocalDb): Promise<void> {
  for (const entry of await db.outbox.orderBy('id').toArray()) await applyEntry(db, entry);
}

/**
 * Takes one pull page (sync-device.ts `apply`), all in one transaction so screens never see half
 * of it: back to the server's data, the page's changes on top (or instead, on a reset), the cursor,
 * the refused mutations kept with what was typed, the acknowledged ones out of the outbox, and
 * the rest re-applied.
 */
export async function applyPull(db: LocalDb, clientId: string, res: PullResponse, now: Date = new Date()) {
  await db.transaction('rw', WRITE_TABLES, async () => {
    await revert(db);
    if (res.reset) for (const t of SYNC_TABLES) await db.rows(t).clear();
    // Changes come in version order: for one record the last one wins.
    const latest = new Map<string, Change>();
    for (const c of res.changes) latest.set(shadowKey(c.t, c.id), c);
    for (const t of SYNC_TABLES) {
      const mine = [...latest.values()].filter((c) => c.t === t);
      if (!mine.length) continue;
      await db.rows(t).bulkDelete(mine.filter((c) => !c.d).map((c) => c.id));
      await db.rows(t).bulkPut(mine.flatMap((c) => (c.d ? [recordOf(t, c)] : [])));
    }
    await setMeta(db, 'cursor', res.cursor);
    await setMeta(db, 'scope', res.scope);
    await setMeta(db, 'lastSyncedAt', now.toISOString());
    const typed = new Map((await db.outbox.toArray()).map((e) => [e.id, e]));
    for (const r of res.rejected) {
      const entry = typed.get(r.id);
      await db.rejected.put({
        key: `${clientId}:${r.id}`,
        id: r.id,
        clientId,
        name: r.name,
        args: (r.args ?? entry?.args ?? {}) as Args,
        ...(entry?.base ? { base: entry.base } : {}),
        error: r.error,
        createdAt: entry?.createdAt ?? now.toISOString(),
        rejectedAt: now.toISOString(),
      });
    }
    await db.outbox.where('id').belowOrEqual(res.lastMutationId).delete();
    const last = Math.max((await getMeta<number>(db, 'lastMutationId')) ?? 0, res.lastMutationId);
    await setMeta(db, 'lastMutationId', last);
    const next = (await getMeta<number>(db, 'nextMutationId')) ?? 1;
    if (next <= last) await setMeta(db, 'nextMutationId', last + 1);
    await rebase(db);
  });
}

/** Removes a refused change for good (the user chose Discard, or sent a fixed version). */
export async function discardRejected(db: LocalDb, key: string): Promise<void> {
  await db.rejected.delete(key);
}
