import type { MemberRole } from '../model/group';
import type { AssignableRole } from '../model/roles';

/** Who is acting: built by the server from the session, by the client from its local store. */
export interface Actor {
  userId: string;
  personId: string;
  systemAdmin: boolean;
  /** Role assignments with the materialised path of their org unit (scope = that subtree). */
  assignments: readonly { role: AssignableRole; programId: string; path: string }[];
  /** Current group memberships. */
  groups: readonly { groupId: string; role: MemberRole }[];
}

export function holds(actor: Actor, roles: readonly AssignableRole[], programId: string, path: string): boolean {
  return actor.assignments.some((a) => a.programId === programId && roles.includes(a.role) && path.startsWith(a.path));
}

export function inProgram(actor: Actor, programId: string): boolean {
  return actor.assignments.some((a) => a.programId === programId);
}

export function memberOf(actor: Actor, groupId: string, role?: MemberRole): boolean {
  return actor.groups.some((g) => g.groupId === groupId && (role === undefined || g.role === role));
}
