import type { z } from 'zod';
import { accountsCore } from './accounts';
import { calendarCore } from './calendar';
import { concernsCore } from './concerns';
import { feedbackCore } from './feedback';
import { groupsCore } from './groups';
import { meetingsCore } from './meetings';
import { observationsCore } from './observations';
import { orgCore } from './org';
import { personsCore } from './persons';
import { plansCore } from './plans';
import { programsCore } from './programs';
import { reflectionsCore } from './reflections';
import { rolesCore } from './roles';
import { visitsCore } from './visits';

export * from './accounts';
export { ById } from './by-id';
export * from './calendar';
export * from './concerns';
export * from './feedback';
export * from './groups';
export * from './meetings';
export * from './observations';
export * from './org';
export * from './persons';
export * from './plans';
export * from './programs';
export * from './reflections';
export * from './roles';
export { type CommandDef, type CoreArea, coreArea } from './types';
export * from './visits';

/**
 * Core's one combining place for commands (docs/adding-an-area.md): each area's commands live in its
 * own file here; a new area adds one line below. Its device tables, conflict fields, mutators and
 * policy are combined without zod in `areas/device.ts`, which the web app can import.
 *
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
  ...meetingsCore.commands,
  ...plansCore.commands,
  ...observationsCore.commands,
  ...accountsCore.commands,
  ...reflectionsCore.commands,
  ...feedbackCore.commands,
  ...visitsCore.commands,
  ...concernsCore.commands,
  ...calendarCore.commands,
};

export type CommandName = keyof typeof commandDefs;
export type CommandInput<N extends CommandName> = z.output<(typeof commandDefs)[N]['input']>;
/** A command's arguments as a device queues them, before the schema's defaults and transforms. */
export type CommandArgs<N extends CommandName> = z.input<(typeof commandDefs)[N]['input']>;
/** The commands a device may queue offline (`sync: true`). */
export type SyncCommandName = {
  [N in CommandName]: (typeof commandDefs)[N]['sync'] extends true ? N : never;
}[CommandName];
export const commandNames = Object.keys(commandDefs) as CommandName[];
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandDefs, name);
}
