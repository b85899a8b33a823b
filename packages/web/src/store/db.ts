import { DEVICE_INDEXES, type MutationError, SYNC_TABLES, type SyncRecords, type SyncTable } from '@mentora/core/sync';
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { uuidv4 } from './uuid';

/** A record of any sync table, as the server sends it in a pull change's `d`. */
export type Row = SyncRecords[SyncTable];
/** A command's arguments as queued. */
export type Args = Record<string, unknown>;

/** A queued command: `id` is the mutation id, 1, 2, 3… per client id (ARCHITECTURE §5). */
export interface OutboxEntry {
  id: number;
  name: string;
  args: Args;
  /** The edited fields as this device saw them before the edit, so the server can keep a conflict copy. */
  base?: Args;
  createdAt: string;
}

/** A mutation the server refused, kept until the user fixes or discards it. */
export interface RejectedEntry {
  /** `clientId:id` — mutation ids restart when the device has to take a new client id. */
  key: string;
  id: number;
  clientId: string;
  name: string;
  args: Args;
  base?: Args;
  error: MutationError;
  createdAt: string;
  rejectedAt: string;
}

/** The server's copy of a row that a pending mutation changed locally (null: the row did not exist). */
export interface ShadowRow {
  key: string;
  t: SyncTable;
  id: string;
  d: SyncRecords[SyncTable] | null;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type UploadStatus = 'queued' | 'done' | 'failed';

/** A file waiting to go up in chunks; the blob stays here until the server has all of it. */
export interface UploadEntry {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  blob: Blob;
  /** Bytes the server has confirmed. */
  offset: number;
  status: UploadStatus;
  error?: string;
  createdAt: string;
}

export const dbName = (userId: string) => `mentora-${userId}`;

/**
 * One IndexedDB database per user (`mentora-<userId>`): a second person signing in on a shared
 * phone gets their own, and never sees or pushes another user's outbox.
 */
export class LocalDb extends Dexie {
  declare outbox: Table<OutboxEntry, number>;
  declare rejected: Table<RejectedEntry, string>;
  declare meta: Table<MetaRow, string>;
  declare shadow: Table<ShadowRow, string>;
  declare uploads: Table<UploadEntry, string>;

  constructor(
    readonly userId: string,
    options?: DexieOptions,
  ) {
    super(dbName(userId), options);
    // The sync tables and their indexes come from core (each area declares its own, ADR 0015);
    // Dexie 4 upgrades the schema when a table or index is added, without a version bump.
    const synced = Object.fromEntries(SYNC_TABLES.map((t) => [t, DEVICE_INDEXES[t].join(', ')]));
    this.version(1).stores({
      ...synced,
      outbox: 'id',
      rejected: 'key, id',
      meta: 'key',
      shadow: 'key',
      uploads: 'id, createdAt',
    });
  }

  /** A sync table, typed by the record core says it holds (`SyncRecords`). */
  rows<T extends SyncTable>(t: T): Table<SyncRecords[T], string> {
    return this.table(t);
  }
}

export type MetaKey =
  | 'clientId'
  | 'cursor'
  | 'scope'
  | 'lastSyncedAt'
  | 'nextMutationId'
  | 'lastMutationId'
  | 'me'
  /** How far this phone's clock is off the server's (seconds, + ahead), when by minutes; else null. */
  | 'clockSkewSeconds';

export async function getMeta<T>(db: LocalDb, key: MetaKey): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: LocalDb, key: MetaKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** Opens (creating if need be) a user's database and gives the device its client id. */
export async function openLocalDb(userId: string, options?: DexieOptions): Promise<LocalDb> {
  const db = new LocalDb(userId, options);
  await db.open();
  await db.transaction('rw', db.meta, async () => {
    if (!(await getMeta(db, 'clientId'))) {
      await setMeta(db, 'clientId', uuidv4());
      await setMeta(db, 'cursor', 0);
      await setMeta(db, 'nextMutationId', 1);
      await setMeta(db, 'lastMutationId', 0);
    }
  });
  return db;
}

/** Erases a user's database from this device (logout on a shared phone). */
export function deleteLocalDb(userId: string): Promise<void> {
  return Dexie.delete(dbName(userId));
}
