import type { Actor, AssignableRole, MemberRole } from '@mentora/core';
import type { Db } from '../../db/connect';
import { currentMembership } from '../../db/current-membership';
import type { UserRow } from '../../db/schema';

/** Builds the policy's view of a user: role assignments with their unit paths, current groups. */
export async function loadActor(db: Db, user: UserRow, day: string): Promise<Actor> {
  const [assignments, groups] = await Promise.all([
    db
      .selectFrom('roleAssignments as ra')
      .innerJoin('orgUnits as u', 'u.id', 'ra.orgUnitId')
      .select(['ra.role', 'ra.programId', 'u.path'])
      .where('ra.personId', '=', user.personId)
      .where('ra.deletedAt', 'is', null)
      .where('u.deletedAt', 'is', null)
      .execute(),
    db
      .selectFrom('groupMembers as m')
      .innerJoin('groups as g', 'g.id', 'm.groupId')
      .select(['m.groupId', 'm.role'])
      .where('m.personId', '=', user.personId)
      .where('g.deletedAt', 'is', null)
      .where(currentMembership(day, 'm'))
      .execute(),
  ]);
  return {
    userId: user.id,
    personId: user.personId,
    systemAdmin: user.isSystemAdmin === 1,
    assignments: assignments.map((a) => ({ role: a.role as AssignableRole, programId: a.programId, path: a.path })),
    groups: groups.map((g) => ({ groupId: g.groupId, role: g.role as MemberRole })),
  };
}

/**
 * The signed-in user as `/api/auth/me` (and login, redeem) describe them: who they are, their roles
 * with the materialised `path` of each unit, and their current groups — everything the web app
 * needs to build the same `Actor` as `loadActor` and ask core's `can()` offline (issue 7).
 */
export async function describeMe(db: Db, user: UserRow, actor: Actor, csrfToken: string) {
  const person = await db
    .selectFrom('persons')
    .select(['fullName'])
    .where('id', '=', user.personId)
    .executeTakeFirstOrThrow();
  const roles = await db
    .selectFrom('roleAssignments as ra')
    .innerJoin('orgUnits as u', 'u.id', 'ra.orgUnitId')
    .innerJoin('programs as p', 'p.id', 'ra.programId')
    .select([
      'ra.id',
      'ra.role',
      'ra.programId',
      'p.name as programName',
      'ra.orgUnitId',
      'u.name as orgUnitName',
      'u.kind as orgUnitKind',
      'u.path',
    ])
    .where('ra.personId', '=', user.personId)
    .where('ra.deletedAt', 'is', null)
    // As in loadActor: a role at an archived unit gives no scope, so the client must not see one either.
    .where('u.deletedAt', 'is', null)
    .orderBy('p.name')
    .execute();
  return {
    userId: user.id,
    personId: user.personId,
    fullName: person.fullName,
    locale: user.locale,
    systemAdmin: actor.systemAdmin,
    csrfToken,
    roles,
    groups: actor.groups,
  };
}

/**
 * The account a login names: by email, or by any of the E.164 candidates of a phone login (one at
 * most can match: login phones are unique). Undefined when none.
 */
export async function findUserByLogin(db: Db, login: { phones: readonly string[]; email: string | null }) {
  let q = db.selectFrom('users').selectAll();
  if (login.email !== null) q = q.where('loginEmail', '=', login.email);
  else if (login.phones.length > 0) q = q.where('loginPhone', 'in', [...login.phones]);
  else return undefined;
  return q.executeTakeFirst();
}
