import type { MutatedCommand } from '@mentora/core/mutators';
import type { CommandArgs, ErrorDetail, MeResponse as Me, PullResponse, PushResponse } from '@mentora/core/types';
import { signal } from '@preact/signals';
import { ApiError, currentCsrfToken, request, withQuery } from '../app/api';
import { deleteLocalDb, getMeta, type LocalDb, type OutboxEntry, openLocalDb, setMeta } from './db';
import { type EngineHooks, type SendResult, SyncEngine } from './engine';
import { enqueue } from './outbox';
import { isStorageFull } from './storage';
import { SyncError, type SyncTransport } from './sync';
import { runUploads, type UploadHttp, UploadHttpError } from './uploads';

/**
 * This device's side of the signed-in user: their database, the sync engine, and which user the
 * device last worked for (so the app opens offline as them, and the login screen can say how many
 * of their changes still wait after a session ended).
 */
export const localDb = signal<LocalDb | null>(null);
export const syncEngine = signal<SyncEngine | null>(null);

const DEVICE_USER_KEY = 'mentora.deviceUser';

export function deviceUser(): string | null {
  try {
    return localStorage.getItem(DEVICE_USER_KEY);
  } catch {
    return null;
  }
}

function setDeviceUser(userId: string | null): void {
  try {
    if (userId) localStorage.setItem(DEVICE_USER_KEY, userId);
    else localStorage.removeItem(DEVICE_USER_KEY);
  } catch {
    // No storage: the app simply does not open offline.
  }
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ApiError) throw new SyncError(e.status, e.code, e.message);
    throw e;
  }
}

export const httpTransport: SyncTransport = {
  push: (body) => call(() => request<PushResponse>('POST', '/api/sync/push', body)),
  pull: (q) => call(() => request<PullResponse>('GET', withQuery('/api/sync/pull', { ...q }))),
};

const uploadHttp: UploadHttp = {
  fetch: (url, init) => fetch(url, init),
  csrfToken: currentCsrfToken,
};

/** Queued attachments go up after each sync round; their failures count as the round's. */
async function sendUploads(db: LocalDb): Promise<void> {
  try {
    await runUploads(db, uploadHttp);
  } catch (e) {
    if (e instanceof UploadHttpError) throw new SyncError(e.status, e.code);
    throw e;
  }
}

export type StoredMe = Omit<Me, 'csrfToken'>;

/** Opens the user's database (closing another user's), remembers who they are, and starts syncing. */
export async function attach(user: Me, hooks: EngineHooks, sessionConfirmed: boolean): Promise<LocalDb> {
  let db = localDb.value;
  if (!db || db.userId !== user.userId) {
    await detach();
    db = await openLocalDb(user.userId);
    localDb.value = db;
  }
  setDeviceUser(user.userId);
  const { csrfToken: _secret, ...stored } = user;
  await setMeta(db, 'me', stored);
  if (!syncEngine.value) {
    const open = db;
    const engine = new SyncEngine(db, httpTransport, { ...hooks, afterRound: () => sendUploads(open) });
    if (sessionConfirmed) engine.markSessionConfirmed();
    syncEngine.value = engine;
    engine.start();
  }
  return db;
}

/** The session ended (401): stop pushing, keep everything, wait for the same user to log in. */
export function pause(): void {
  syncEngine.value?.stop();
  syncEngine.value = null;
}

export async function detach(): Promise<void> {
  pause();
  localDb.value?.close();
  localDb.value = null;
}

/** Opening offline: the user this device last worked for, as their database remembers them. */
export async function restore(): Promise<StoredMe | null> {
  const userId = deviceUser();
  if (!userId) return null;
  const db = await openLocalDb(userId);
  const stored = await getMeta<StoredMe>(db, 'me');
  if (!stored || stored.userId !== userId) {
    db.close();
    return null;
  }
  localDb.value = db;
  return stored;
}

/** Signing out: forget who this device works for; erase their database if they asked to. */
export async function leave(userId: string, erase: boolean): Promise<void> {
  await detach();
  setDeviceUser(null);
  if (erase) await deleteLocalDb(userId);
}

/** Changes still waiting on this device for the user it last worked for (the login screen says so). */
export async function waitingForDeviceUser(): Promise<number> {
  const userId = deviceUser();
  if (!userId) return 0;
  const open = localDb.value;
  if (open?.userId === userId) return open.outbox.count();
  const db = await openLocalDb(userId);
  try {
    return await db.outbox.count();
  } finally {
    db.close();
  }
}

/**
 * The problems core's schema finds in a command's input (null: valid), checked on this device so
 * an invalid entry is refused at once, offline too, with the server's own words (ADR 0018). If the
 * checking code cannot be loaded (first visit, no network, not cached yet) the server judges.
 */
export async function inputProblems<N extends MutatedCommand>(
  name: N,
  args: CommandArgs<N>,
): Promise<ErrorDetail[] | null> {
  let check: typeof import('./validate').commandProblems;
  try {
    check = (await import('./validate')).commandProblems;
  } catch {
    return null;
  }
  return check(name, args);
}

/**
 * Every write the screens make to people, groups and memberships: checked against core's schema
 * (an invalid input throws the ApiError the server would answer, `validation_failed`, and queues
 * nothing), queued with the next mutation id, applied to the local store at once, sent about a
 * second later (or when the network is back).
 */
export async function dispatch<N extends MutatedCommand>(
  name: N,
  args: CommandArgs<N>,
  shown?: object,
): Promise<OutboxEntry> {
  const db = localDb.value;
  if (!db) throw new Error('The local store is not open');
  const problems = await inputProblems(name, args);
  if (problems) throw new ApiError(400, 'validation_failed', 'The command input is not valid', problems);
  let entry: OutboxEntry;
  try {
    entry = await enqueue(db, name, args, new Date(), shown);
  } catch (e) {
    // Nothing was queued (one transaction): the form keeps what was typed and says why (issue 10, kind 8).
    if (isStorageFull(e))
      throw new ApiError(507, 'storage_full', 'The phone storage is full; the change was not saved');
    throw e;
  }
  syncEngine.value?.schedule();
  return entry;
}

/** Sends a queued change now (an admin's screen waits for the server); offline it stays pending. */
export async function send(entry: OutboxEntry): Promise<SendResult> {
  const engine = syncEngine.value;
  return engine ? engine.send(entry.id) : { status: 'pending' };
}
