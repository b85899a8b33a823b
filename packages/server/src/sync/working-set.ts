import { createHash } from 'node:crypto';
import type { Actor } from '@mentora/core';
import { type Clock, today } from '../clock';
// The content_shares table's type (merged into Database there): needed wherever this file is compiled.
import type {} from '../content/schema';
import type { Db } from '../db/connect';
import { currentMembership } from '../db/current-membership';

/**
 * What one device holds (ARCHITECTURE §5), as a few predicates the sync tables' scope queries use
 * in SQL: the user's programs, the units their roles, groups and people hang under, their current
 * groups, and the people in those groups (with themselves) — never a district, never a list of
 * every row. Each list is as long as the working set's anchors, not as its history.
 */
export interface WorkingSet {
  /** The user's own person id. */
  personId: string;
  programIds: string[];
  /** Every unit on the paths of the user's roles, groups and people's schools (ancestors included). */
  unitIds: string[];
  /** The groups the user is a current member of. */
  groupIds: string[];
  /** The user and the current members of their groups. */
  personIds: string[];
  /** Content records shared with the user and not revoked (ARCHITECTURE §3: sharing is the teacher's act). */
  sharedRecordIds: string[];
  /** Changes when the set changes shape (joined or left a group, a role added or removed): the pull resets. */
  scopeKey: string;
}

const segments = (path: string) => path.split('/').filter(Boolean);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** The working set of `actor` on the clock's day; a handful of small queries, none over history. */
export async function workingSet(db: Db, actor: Actor, clock: Clock): Promise<WorkingSet> {
  const day = today(clock);
  const groupIds = sorted(actor.groups.map((g) => g.groupId));
  const [me, roles, members, anchors, shares] = await Promise.all([
    db.selectFrom('persons').select(['programId']).where('id', '=', actor.personId).executeTakeFirst(),
    db
      .selectFrom('roleAssignments')
      .select(['programId'])
      .where('personId', '=', actor.personId)
      .where('deletedAt', 'is', null)
      .execute(),
    groupIds.length
      ? db
          .selectFrom('groupMembers')
          .select(['personId'])
          .where('groupId', 'in', groupIds)
          .where(currentMembership(day))
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
    db
      .selectFrom('contentShares')
      .select('recordId')
      .where('personId', '=', actor.personId)
      .where('revokedAt', 'is', null)
      .where('deletedAt', 'is', null)
      .execute(),
  ]);
  const sharedRecordIds = sorted(shares.map((s) => s.recordId));
  const personIds = sorted([actor.personId, ...members.map((m) => m.personId)]);
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
  const programIds = sorted([
    ...(me ? [me.programId] : []),
    ...roles.map((r) => r.programId),
    ...anchors.map((a) => a.programId),
  ]);
  const scopeKey = createHash('sha256')
    .update(
      JSON.stringify([
        programIds,
        unitIds,
        groupIds,
        personIds,
        actor.assignments.map((a) => `${a.role}@${a.path}`).sort(),
        // A share given or revoked changes what the device may hold: the pull resets, so a revoked
        // item leaves the sharee's device at the next pull.
        sharedRecordIds,
      ]),
    )
    .digest('hex');
  return { personId: actor.personId, programIds, unitIds, groupIds, personIds, sharedRecordIds, scopeKey };
}
