import type { AssignableRole } from '../model/roles';
import type { Actor } from './actor';

/**
 * What an account (a person, with or without a login yet) holds: the same shape as the actor's
 * own, so "may A manage B" compares like with like. `assignments` are B's live role assignments
 * with the materialised path of their unit.
 */
export type Privileges = Pick<Actor, 'systemAdmin' | 'assignments'>;

/** A person who holds nothing: a new person, or one whose roles all ended. */
export const NO_PRIVILEGES: Privileges = { systemAdmin: false, assignments: [] };

/**
 * May `actor` grant `role` at the unit `path` of program `programId`? The system admin grants
 * anything. A program admin grants the other roles in their subtree, but `program_admin` only
 * strictly below their own unit: an admin who could make a peer could also take a peer over.
 */
export function mayGrant(actor: Actor, role: AssignableRole, programId: string, path: string): boolean {
  if (actor.systemAdmin) return true;
  return actor.assignments.some(
    (a) =>
      a.role === 'program_admin' &&
      a.programId === programId &&
      path.startsWith(a.path) &&
      (role !== 'program_admin' || path !== a.path),
  );
}

/**
 * Issue 6: nobody manages an account that holds a privilege they could not grant themselves —
 * the system admin, a program admin at a unit equal to or above the actor's, an account with a
 * role in a program the actor does not administer. Managing covers issuing codes, disabling,
 * archiving, editing the profile and changing roles. Only a system admin outranks a system admin.
 */
export function outranks(actor: Actor, target: Privileges): boolean {
  if (actor.systemAdmin) return true;
  if (target.systemAdmin) return false;
  return target.assignments.every((a) => mayGrant(actor, a.role, a.programId, a.path));
}
