import type { Mutation, PullResponse, PushRequest, PushResponse } from '@mentora/core/types';
import { getMeta, type LocalDb, type OutboxEntry, setMeta } from './db';
import { applyPull } from './outbox';
import { uuidv4 } from './uuid';

/** One push may carry 1,000 mutations (core MAX_PUSH): a week offline is about 300. */
export const MAX_PUSH = 1000;

/** A failed sync request: `status` 0 is no network at all. */
export class SyncError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

/** The two requests of the protocol; the app's goes through `fetch`, the tests' is a fake. */
export interface SyncTransport {
  push(body: PushRequest): Promise<PushResponse>;
  pull(query: {
    clientId: string;
    cursor: number;
    pending: number;
    scope?: string;
    deviceTime?: string;
  }): Promise<PullResponse>;
}

const toMutation = (e: OutboxEntry): Mutation => ({
  id: e.id,
  name: e.name,
  args: e.args,
  ...(e.base ? { base: e.base } : {}),
});

/** Pulls until the server has nothing more, applying (and rebasing on) each page as it comes. */
export async function pullAll(db: LocalDb, transport: SyncTransport, now: () => Date = () => new Date()) {
  for (let page = 0; page < 10_000; page++) {
    const clientId = (await getMeta<string>(db, 'clientId')) ?? '';
    const cursor = (await getMeta<number>(db, 'cursor')) ?? 0;
    const first = await db.outbox.orderBy('id').first();
    const pending = first?.id ?? (await getMeta<number>(db, 'nextMutationId')) ?? 1;
    // The scope of the last pull goes back, so the server can tell a changed working set without writing.
    const scope = cursor === 0 ? undefined : await getMeta<string>(db, 'scope');
    // The phone's clock goes with every request: the server says when it is minutes off (issue 10, kind 6).
    const res = await transport.pull({
      clientId,
      cursor,
      pending,
      ...(scope ? { scope } : {}),
      deviceTime: now().toISOString(),
    });
    await setMeta(db, 'clockSkewSeconds', res.clockSkewSeconds ?? null);
    await applyPull(db, clientId, res, now());
    if (!res.more) return;
  }
  throw new SyncError(0, 'pull_runaway', 'the server kept answering more');
}

async function pushOutbox(db: LocalDb, transport: SyncTransport, now: () => Date): Promise<void> {
  const clientId = (await getMeta<string>(db, 'clientId')) ?? '';
  const entries = await db.outbox.orderBy('id').toArray();
  // Every rejection below the oldest queued id is already in `rejected` (applyPull stores them as it
  // drops their entries): say so, and the server forgets its copy.
  const acknowledged = entries[0]?.id;
  for (let i = 0; i < entries.length; i += MAX_PUSH) {
    const res = await transport.push({
      clientId,
      mutations: entries.slice(i, i + MAX_PUSH).map(toMutation),
      ...(acknowledged ? { acknowledged } : {}),
      deviceTime: now().toISOString(),
    });
    await setMeta(db, 'clockSkewSeconds', res.clockSkewSeconds ?? null);
  }
}

/**
 * The server no longer knows this device's mutation ids (restored from a backup older than them)
 * or will not take its client id: start again as a new client, the outbox renumbered 1, 2, 3…
 * and a full pull. What the old id had sent is whatever the server still holds.
 */
export async function startOver(db: LocalDb): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const entries = await db.outbox.orderBy('id').toArray();
    await db.outbox.clear();
    await db.outbox.bulkAdd(entries.map((e, i) => ({ ...e, id: i + 1 })));
    await setMeta(db, 'clientId', uuidv4());
    await setMeta(db, 'cursor', 0);
    await setMeta(db, 'lastMutationId', 0);
    await setMeta(db, 'nextMutationId', entries.length + 1);
  });
}

const isGap = (e: unknown) => e instanceof SyncError && e.status === 409;
const isForeignClient = (e: unknown) => e instanceof SyncError && e.status === 403 && e.code === 'forbidden';

/**
 * One round: push the whole outbox in order, then pull to the end. A 409 means the server expected
 * an earlier mutation than we sent (a batch lost on the way): pull to learn how far it got and
 * push again from the start of the outbox; if that still leaves a gap, start over as a new client.
 */
export async function syncOnce(
  db: LocalDb,
  transport: SyncTransport,
  now: () => Date = () => new Date(),
  fresh = false,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await pushOutbox(db, transport, now);
      break;
    } catch (e) {
      if (attempt === 0 && isGap(e)) await pullAll(db, transport, now);
      else if (attempt <= 1 && (isGap(e) || isForeignClient(e))) await startOver(db);
      else throw e;
    }
  }
  try {
    await pullAll(db, transport, now);
  } catch (e) {
    if (fresh || !isForeignClient(e)) throw e;
    await startOver(db);
    await syncOnce(db, transport, now, true);
  }
}
