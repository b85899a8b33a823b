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

/**
 * The fields of `/api/auth/me` (core http/responses `MeOut`) the policy needs. `path` may be missing
 * in a Me an older app version stored for offline use: that role then grants nothing until the
 * next `/me` refreshes it (deny by default), rather than the whole program.
 */
export interface MeForActor {
  userId: string;
  personId: string;
  systemAdmin: boolean;
  roles: readonly { role: AssignableRole; programId: string; path?: string }[];
  groups: readonly { groupId: string; role: MemberRole }[];
}

/**
 * The actor the web app asks `can()` with, built from `/api/auth/me` (also offline, from the stored
 * copy). The server's auth tests check it equals the actor the server builds from the session.
 */
export function actorFromMe(me: MeForActor): Actor {
  return {
    userId: me.userId,
    personId: me.personId,
    systemAdmin: me.systemAdmin,
    assignments: me.roles.flatMap((r) =>
      r.path === undefined ? [] : [{ role: r.role, programId: r.programId, path: r.path }],
    ),
    groups: me.groups.map((g) => ({ groupId: g.groupId, role: g.role })),
  };
}
