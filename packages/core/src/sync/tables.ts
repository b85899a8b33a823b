import { DEVICE_CONFLICT_FIELDS, DEVICE_TABLES } from '../areas/device';
import type { DeviceTable } from '../mutators/device-area';

// No zod here: the web app takes this file through `@mentora/core/sync`. The tables themselves are
// declared by each area (`mutators/<area>.ts`) and combined in `areas/device.ts`.

export type { ConflictCopy } from '../mutators/sync';

type Tables = typeof DEVICE_TABLES;

/** A table a device holds a copy of. */
export type SyncTable = keyof Tables & string;

/** The tables a device holds, in the order a pull fills them (ARCHITECTURE §5). */
export const SYNC_TABLES = Object.keys(DEVICE_TABLES) as readonly SyncTable[];

/**
 * The record a pull sends in a change's `d` for each sync table (the server's row → record
 * mappers): what a device stores, and what a mutator writes optimistically.
 */
export type SyncRecords = { [T in SyncTable]: NonNullable<Tables[T]['record']> };
export type SyncRecord<T extends SyncTable> = SyncRecords[T];

/** The fields a device indexes per table (`id` first: the key), e.g. `groupMembers: ['id', 'groupId', 'personId']`. */
export const DEVICE_INDEXES = Object.fromEntries(
  SYNC_TABLES.map((t) => [t, ['id', ...(DEVICE_TABLES[t] as DeviceTable<unknown>).indexes]]),
) as unknown as Record<SyncTable, readonly string[]>;

/**
 * The text fields of update commands that keep a conflict copy when two devices edit them:
 * command → the table and the fields. Each area declares its own (`mutators/<area>.ts`).
 */
export const CONFLICT_FIELDS: Readonly<Record<string, { table: SyncTable; fields: readonly string[] }>> =
  DEVICE_CONFLICT_FIELDS;
