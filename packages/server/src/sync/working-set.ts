import type { Actor } from '@mentora/core';
import { type Clock, today } from '../clock';
import type { Db } from '../db/connect';
import { sha256 } from '../modules/auth/passwords';

/**
 * What one device holds (ARCHITECTURE §5): the user's programs, their own profile and roles, their
 * current groups with the people in them, and the org units those hang under — never a district.
 * Ids include tombstoned rows, so a deletion inside the set reaches the device as a deletion.
 */
export interface WorkingSet {
  programs: string[];
  orgUnits: string[];
  persons: string[];
  roleAssignments: string[];
  groups: string[];
  groupMembers: string[];
  /** Changes when the set changes shape (joined or left a group, a role added or removed): the pull resets. */
  scopeKey: string;
}

const segments = (path: string) => path.split('/').filter(Boolean);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

export async function workingSet(db: Db, actor: Actor, clock: Clock): Promise<WorkingSet> {
  const day = today(clock);
  const groupIds = sorted(actor.groups.map((g) => g.groupId));
  const [me, roles, members, anchors] = await Promise.all([
    db
      .selectFrom('persons')
      .select(['id', 'programId', 'schoolId'])
      .where('id', '=', actor.personId)
      .executeTakeFirst(),
    db
      .selectFrom('roleAssignments')
      .select(['id', 'programId', 'deletedAt'])
      .where('personId', '=', actor.personId)
      .execute(),
    groupIds.length
      ? db
          .selectFrom('groupMembers')
          .select(['id', 'personId', 'startDate', 'endDate', 'deletedAt'])
          .where('groupId', 'in', groupIds)
          .execute()
      : Promise.resolve([]),
    groupIds.length
      ? db
          .selectFrom('groups as g')
          .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
          .select(['g.programId', 'u.path'])
          .where('g.id', 'in', groupIds)
          .execute()
      : Promise.resolve([]),
  ]);
  const current = members.filter(
    (m) => m.deletedAt === null && m.startDate <= day && (m.endDate === null || m.endDate >= day),
  );
  const personIds = sorted([actor.personId, ...current.map((m) => m.personId)]);
  const schools = await db
    .selectFrom('persons as p')
    .innerJoin('orgUnits as u', 'u.id', 'p.schoolId')
    .select('u.path')
    .where('p.id', 'in', personIds)
    .execute();
  const unitIds = sorted([
    ...actor.assignments.flatMap((a) => segments(a.path)),
    ...anchors.flatMap((a) => segments(a.path)),
    ...schools.flatMap((s) => segments(s.path)),
  ]);
  const programs = sorted([
    ...(me ? [me.programId] : []),
    ...roles.filter((r) => r.deletedAt === null).map((r) => r.programId),
    ...anchors.map((a) => a.programId),
  ]);
  const scopeKey = sha256(
    JSON.stringify([
      programs,
      unitIds,
      groupIds,
      personIds,
      actor.assignments.map((a) => `${a.role}@${a.path}`).sort(),
    ]),
  );
  return {
    programs,
    orgUnits: unitIds,
    persons: personIds,
    roleAssignments: roles.map((r) => r.id),
    groups: groupIds,
    groupMembers: members.map((m) => m.id),
    scopeKey,
  };
}
