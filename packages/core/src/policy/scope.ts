import type { AssignableRole } from '../model/roles';
import type { Actor } from './actor';

/**
 * The role lists of the policy, written once: the rules below, the server's SQL narrowing and the
 * web app's menus all read these (issue 7: they were repeated in three packages).
 */
/** Program admins change the roster, the tree and the groups of their subtree. */
export const ADMIN_ROLES = ['program_admin'] as const satisfies readonly AssignableRole[];
/** Officials and mentors who read the people and groups of their subtree (never content). */
export const SCOPE_READER_ROLES = [
  'program_admin',
  'district_officer',
  'head_teacher',
  'mentor',
] as const satisfies readonly AssignableRole[];
/** Officials who read aggregate indicators of their subtree (ARCHITECTURE §1: head teacher, district, program). */
export const AGGREGATE_READER_ROLES = [
  'program_admin',
  'district_officer',
  'head_teacher',
] as const satisfies readonly AssignableRole[];

/**
 * The org-unit paths under which `actor` holds one of `roles` in `programId`. A record at path `p`
 * is in scope when `p` starts with one of them — in SQL `path LIKE scope || '%'`, the same test as
 * `holds()` makes in memory. Empty when the actor holds none of the roles there.
 */
export function scopePaths(actor: Actor, programId: string, roles: readonly AssignableRole[]): string[] {
  return actor.assignments.filter((a) => a.programId === programId && roles.includes(a.role)).map((a) => a.path);
}

/**
 * What `actor` may read of the people and groups of one program, as predicates a query can apply:
 * everything (`all`, the system admin), the subtrees under `paths`, the groups `groupIds` (and
 * their current members). The SQL narrowing is for speed; `can()` on every row stays the rule.
 */
export interface ReadScope {
  all: boolean;
  paths: string[];
  groupIds: string[];
}

/** The read scope of `actor` for people and groups in `programId` (rules in people.ts and groups.ts). */
export function readScope(actor: Actor, programId: string): ReadScope {
  return {
    all: actor.systemAdmin,
    paths: scopePaths(actor, programId, SCOPE_READER_ROLES),
    groupIds: actor.groups.map((g) => g.groupId),
  };
}
