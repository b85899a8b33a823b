import { type DEVICE_CONFLICT_FIELDS, DEVICE_MUTATORS } from '../areas/device';
import type { SyncTable } from '../sync/tables';
import type { RowStore } from './row-store';

// `@mentora/core/mutators`: no zod, no I/O. The web store and the sync property test's simulated
// device both run these, so the property test exercises the optimistic effects that ship.

export { type ConflictFieldsOf, type DeviceTable, table } from './device-area';
export { MemoryRows } from './memory-rows';
export { cycleContent } from './observations';
export {
  created,
  type Mutator,
  type Mutators,
  patchRow,
  type QueuedArgs,
  type RowStore,
  trimmed,
} from './row-store';

/**
 * The optimistic effect of each command a device queues offline, one area's file each, combined in
 * `areas/device.ts`. Org-unit commands are syncable but have no preview: the server's answer shows them.
 */
export const mutators = DEVICE_MUTATORS;
export type MutatedCommand = keyof typeof mutators;

/**
 * The edits a device queues whose text keeps a conflict copy when it loses (ADR 0009). An edit
 * screen must send the values it displayed as the mutation's `base`, whatever they came from —
 * the phone's store or a server answer — or the losing text disappears (issue 10, kind 5). The web
 * app's dispatch hook requires them for these commands by type.
 */
export type EditCommand = Extract<MutatedCommand, keyof typeof DEVICE_CONFLICT_FIELDS>;

/** Whether this device previews `name` (a command with a mutator). */
export function hasMutator(name: string): name is MutatedCommand {
  return Object.hasOwn(mutators, name);
}

/** A create: the device makes the record's UUIDv7 id before queueing. */
export function createsRecord(name: MutatedCommand): boolean {
  return mutators[name].creates === true;
}

/** An update: the table whose current values become the mutation's `base` (conflict copies). */
export function baseTable(name: MutatedCommand): SyncTable | undefined {
  return mutators[name].base;
}

type Untyped = (rows: RowStore, args: Record<string, unknown>, now: string) => Promise<void>;

/**
 * Applies a queued mutation to a device's rows; `false` when the command has no preview. Args come
 * from the outbox as queued (the screen's typed input, an id added for a create); the server stays
 * the judge: a refused mutation's effect disappears at the next rebase.
 */
export async function applyMutation(
  rows: RowStore,
  name: string,
  args: Record<string, unknown>,
  now: string,
): Promise<boolean> {
  if (!hasMutator(name)) return false;
  await (mutators[name].apply as Untyped)(rows, args, now);
  return true;
}

/**
 * The values of the edited fields as this device sees them now: when two devices edit the same
 * text, the server keeps the overwritten one as a conflict copy (sync/conflicts.ts). Undefined
 * when the record is not on the device.
 */
export function baseOf(
  args: Record<string, unknown>,
  current: object | undefined,
): Record<string, unknown> | undefined {
  if (!current) return undefined;
  const row = current as Record<string, unknown>;
  const base: Record<string, unknown> = {};
  for (const k of Object.keys(args)) if (k !== 'id') base[k] = row[k];
  return base;
}
