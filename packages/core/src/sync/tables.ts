import type { Group, GroupMember } from '../model/group';
import type { OrgUnit } from '../model/org-unit';
import type { Person } from '../model/person';
import type { Program } from '../model/program';
import type { RoleAssignment } from '../model/role-assignment';

// No zod here (type-only imports): the web app takes this file through `@mentora/core/sync`.

/** The tables a device holds a copy of, in the order a pull fills them (ARCHITECTURE §5). */
export const SYNC_TABLES = [
  'programs',
  'orgUnits',
  'persons',
  'roleAssignments',
  'groups',
  'groupMembers',
  'conflictCopies',
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/** A text that lost to a later edit of the same field: kept, visible, never silently dropped. */
export interface ConflictCopy {
  id: string;
  tableName: SyncTable;
  recordId: string;
  field: string;
  keptText: string;
  winningText: string;
  createdAt: string;
  version: number;
}

/**
 * The record a pull sends in a change's `d` for each sync table (the server's row → record
 * mappers): what a device stores, and what a mutator writes optimistically.
 */
export interface SyncRecords {
  programs: Program;
  orgUnits: OrgUnit;
  persons: Person;
  roleAssignments: RoleAssignment;
  groups: Group;
  groupMembers: GroupMember;
  conflictCopies: ConflictCopy;
}
export type SyncRecord<T extends SyncTable> = SyncRecords[T];

// Every sync table has a record type and every record type a table (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _everyTableTyped: Same<keyof SyncRecords, SyncTable> = true;
void _everyTableTyped;

/**
 * The text fields of update commands that keep a conflict copy when two devices edit them:
 * command → the table and the fields. Later issues add their content commands here.
 */
export const CONFLICT_FIELDS: Record<string, { table: SyncTable; fields: readonly string[] }> = {
  'person.update': { table: 'persons', fields: ['fullName', 'phone', 'email', 'emisId'] },
  'group.update': { table: 'groups', fields: ['name'] },
  'orgUnit.rename': { table: 'orgUnits', fields: ['name'] },
};
