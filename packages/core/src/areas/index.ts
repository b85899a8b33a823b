import type { z } from 'zod';
import { accountsCore } from './accounts';
import { groupsCore } from './groups';
import { orgCore } from './org';
import { personsCore } from './persons';
import { programsCore } from './programs';
import { rolesCore } from './roles';
import { syncCore } from './sync';

export * from './accounts';
export { ById } from './by-id';
export * from './groups';
export * from './org';
export * from './persons';
export * from './programs';
export * from './roles';
export * from './sync';
export { type CommandDef, type CoreArea, coreArea } from './types';

/**
 * Core's one combining place (docs/adding-an-area.md): each area's commands, sync tables and
 * conflict fields live in its own file here; a new area adds one line to each list below.
 */
const AREAS = [programsCore, orgCore, personsCore, rolesCore, groupsCore, accountsCore, syncCore] as const;

/**
 * Every change is a named command (ARCHITECTURE §4). The REST routes and the sync push dispatch to
 * the same server implementation, so validation and authorization cannot differ offline.
 * `sync: true` marks the commands a device may queue offline.
 */
export const commandDefs = {
  ...programsCore.commands,
  ...orgCore.commands,
  ...personsCore.commands,
  ...rolesCore.commands,
  ...groupsCore.commands,
  ...accountsCore.commands,
};

/** The tables a device holds, in the order a reset fills them. */
export const SYNC_TABLES = [
  ...programsCore.syncTables,
  ...orgCore.syncTables,
  ...personsCore.syncTables,
  ...rolesCore.syncTables,
  ...groupsCore.syncTables,
  ...syncCore.syncTables,
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/**
 * The text fields of update commands that keep a conflict copy when two devices edit them:
 * command → the table and the fields (ADR 0009).
 */
export const CONFLICT_FIELDS: Record<string, { table: SyncTable; fields: readonly string[] }> = Object.assign(
  {},
  ...AREAS.map((a) => a.conflictFields),
);

export type CommandName = keyof typeof commandDefs;
export type CommandInput<N extends CommandName> = z.output<(typeof commandDefs)[N]['input']>;
export const commandNames = Object.keys(commandDefs) as CommandName[];
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandDefs, name);
}
