import type { CommandArgs, SyncCommandName } from '../commands/index';
import type { SyncRecords, SyncTable } from '../sync/tables';

// No zod and no I/O here (type-only imports): the web bundle takes this through `@mentora/core/mutators`.

/**
 * What a mutator may do to a device's copy of the sync tables. The web store implements it over
 * Dexie (recording each first touch so a rebase can undo it), the sync property test's simulated
 * device over maps; both run the same mutators.
 */
export interface RowStore {
  get<T extends SyncTable>(t: T, id: string): Promise<SyncRecords[T] | undefined>;
  /** The rows whose `field` equals `value` (an index on the device where one exists). */
  find<T extends SyncTable, K extends keyof SyncRecords[T] & string>(
    t: T,
    field: K,
    value: SyncRecords[T][K],
  ): Promise<SyncRecords[T][]>;
  put<T extends SyncTable>(t: T, row: SyncRecords[T]): Promise<void>;
  remove(t: SyncTable, id: string): Promise<void>;
}

/** A queued command's arguments: every syncable command names its record, creates get their id when queued. */
export type QueuedArgs<N extends SyncCommandName> = CommandArgs<N> & { id: string };

/** The optimistic effect of one command on a device, as the server's command would change the same rows. */
export interface Mutator<N extends SyncCommandName> {
  /** An update: the table whose current values of the edited fields go with the mutation as its `base`. */
  base?: SyncTable;
  /** A create: the device makes the record's UUIDv7 id, so its optimistic row and the server's match. */
  creates?: true;
  /** `now`: ISO-8601 UTC time the command was queued (the row's createdAt/updatedAt until the server answers). */
  apply(rows: RowStore, args: QueuedArgs<N>, now: string): Promise<void>;
}

/** The mutators of one area, keyed by command name. */
export type Mutators<N extends SyncCommandName> = { [K in N]: Mutator<K> };

/** Text as the server stores it: trimmed (core's Text schemas trim). */
export const trimmed = <T>(v: T): T => (typeof v === 'string' ? (v.trim() as T) : v);

/** Fresh sync columns for a row created on this device; the server's answer replaces them. */
export const created = (now: string) => ({ createdAt: now, updatedAt: now, deletedAt: null, version: 0 });

/**
 * A partial update of one row: copies the fields `args` names (never the id), trimming text as
 * the server does. A row not on this device (an admin editing outside their working set) stays
 * absent: the server's answer will tell.
 */
export async function patchRow<T extends SyncTable>(
  rows: RowStore,
  t: T,
  args: { id: string } & Partial<Record<keyof SyncRecords[T], unknown>>,
  now: string,
): Promise<void> {
  const row = await rows.get(t, args.id);
  if (!row) return;
  const changes: Record<string, unknown> = { updatedAt: now };
  for (const [k, v] of Object.entries(args)) if (k !== 'id' && v !== undefined) changes[k] = trimmed(v);
  await rows.put(t, { ...row, ...changes });
}
