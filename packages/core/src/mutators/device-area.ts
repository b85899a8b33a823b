import type { SyncCommandName } from '../commands/index';

// No zod and no I/O (type-only imports): what one area declares for a device.

/**
 * A table a device holds: its record type (carried by the phantom `record`) and the fields the
 * device indexes (Dexie: `id` is always the key, these become secondary indexes).
 */
export interface DeviceTable<R> {
  readonly indexes: readonly string[];
  readonly record?: R;
}

/** Declares a device table of records `R`, indexed on `indexes` (field names of `R`). */
export function table<R>(...indexes: readonly (keyof R & string)[]): DeviceTable<R> {
  return { indexes };
}

/**
 * The text fields of an update command that keep a conflict copy when two devices edit them
 * (ARCHITECTURE §5: nothing typed by a teacher is ever silently lost).
 */
export type ConflictFieldsOf<T extends string> = Partial<
  Record<SyncCommandName, { table: T; fields: readonly string[] }>
>;
