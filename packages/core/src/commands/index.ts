import { z } from 'zod';
import { AnyId } from '../model/common';
import { AddMember, ArchiveGroup, CreateGroup, EndMembership, UpdateGroup } from '../model/group';
import { CreateOrgUnit, MoveOrgUnit, RenameOrgUnit } from '../model/org-unit';
import { CreatePerson, UpdatePerson } from '../model/person';
import { ProgramInput } from '../model/program';
import { AssignRole, RevokeRole } from '../model/role-assignment';
import { CreateUser, IssueCode, SetUserDisabled } from '../model/user';

const ById = z.strictObject({ id: AnyId });

/**
 * Every change is a named command (ARCHITECTURE §4). The REST routes and the sync push dispatch to
 * the same server implementation, so validation and authorization cannot differ offline.
 * `sync: true` marks the commands a device may queue offline; account commands stay online-only
 * because they hand out secrets.
 */
export const commandDefs = {
  'program.create': { input: ProgramInput, sync: false },
  'program.update': { input: ProgramInput.partial().extend({ id: AnyId }), sync: false },
  'orgUnit.create': { input: CreateOrgUnit, sync: true },
  'orgUnit.rename': { input: RenameOrgUnit, sync: true },
  'orgUnit.move': { input: MoveOrgUnit, sync: true },
  'orgUnit.archive': { input: ById, sync: true },
  'person.create': { input: CreatePerson, sync: true },
  'person.update': { input: UpdatePerson, sync: true },
  'person.archive': { input: ById, sync: true },
  'role.assign': { input: AssignRole, sync: false },
  'role.revoke': { input: RevokeRole, sync: false },
  'group.create': { input: CreateGroup, sync: true },
  'group.update': { input: UpdateGroup, sync: true },
  'group.archive': { input: ArchiveGroup, sync: true },
  'group.addMember': { input: AddMember, sync: true },
  'group.endMembership': { input: EndMembership, sync: true },
  'account.create': { input: CreateUser, sync: false },
  'account.issueCode': { input: IssueCode, sync: false },
  'account.setDisabled': { input: SetUserDisabled, sync: false },
} as const;

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
