import {
  type Actor,
  AppError,
  can,
  type Group,
  type GroupKind,
  type GroupMember,
  type MemberRole,
  type Resource,
  readScope,
} from '@mentora/core';
import { sql } from 'kysely';
import type { Db } from '../../db/connect';
import { currentMembership } from '../../db/current-membership';
import type { GroupMemberRow, GroupRow } from '../../db/schema';
import { keyMatches } from '../persons/search';

export function groupRowToGroup(r: GroupRow): Group {
  return {
    id: r.id,
    programId: r.programId,
    kind: r.kind as GroupKind,
    name: r.name,
    orgUnitId: r.orgUnitId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: r.version,
  };
}

export function memberRowToMember(r: GroupMemberRow): GroupMember {
  return { ...r, role: r.role as MemberRole };
}

export async function findGroup(db: Db, id: string) {
  return db
    .selectFrom('groups as g')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .selectAll('g')
    .select(['u.path', 'u.name as orgUnitName'])
    .where('g.id', '=', id)
    .where('g.deletedAt', 'is', null)
    .executeTakeFirst();
}

export const groupResource = (g: { id: string; programId: string; path: string }): Resource => ({
  type: 'group',
  programId: g.programId,
  path: g.path,
  groupId: g.id,
});

export async function getReadableGroup(db: Db, actor: Actor, id: string) {
  const group = await findGroup(db, id);
  if (!group || !can(actor, 'read', groupResource(group))) throw new AppError('not_found', 'Group not found');
  return group;
}

export async function groupMembers(db: Db, groupId: string) {
  return db
    .selectFrom('groupMembers as m')
    .innerJoin('persons as p', 'p.id', 'm.personId')
    .select(['m.id', 'm.personId', 'p.fullName', 'm.role', 'm.startDate', 'm.endDate'])
    .where('m.groupId', '=', groupId)
    .where('m.deletedAt', 'is', null)
    .orderBy('m.role')
    .orderBy('p.fullName')
    .execute();
}

export interface GroupFilter {
  programId: string;
  orgUnitPath: string | null;
  q: string | null;
  limit: number;
  offset: number;
  /** Today (ISO date): mentor names and mentee counts are of current members on this day. */
  day: string;
}

export async function listGroups(db: Db, actor: Actor, f: GroupFilter) {
  const { all, paths: scopes, groupIds: mine } = readScope(actor, f.programId);
  let q = db
    .selectFrom('groups as g')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .where('g.programId', '=', f.programId)
    .where('g.deletedAt', 'is', null);
  if (!all) {
    q = q.where((eb) =>
      eb.or([
        ...scopes.map((p) => eb('u.path', 'like', `${p}%`)),
        ...(mine.length ? [eb('g.id', 'in', mine)] : [sql<boolean>`1 = 0`]),
      ]),
    );
  }
  if (f.orgUnitPath) q = q.where('u.path', 'like', `${f.orgUnitPath}%`);
  if (f.q) {
    const name = keyMatches('g.searchKey', f.q);
    q = q.where(name ?? sql<boolean>`1 = 0`);
  }
  const [{ total }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    q
      .selectAll('g')
      .select(['u.path', 'u.name as orgUnitName'])
      .orderBy('g.name')
      .orderBy('g.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
  ]);
  const visible = rows.filter((g) => can(actor, 'read', groupResource(g)));
  const ids = visible.map((g) => g.id);
  const members = ids.length
    ? await db
        .selectFrom('groupMembers as m')
        .innerJoin('persons as p', 'p.id', 'm.personId')
        .select(['m.groupId', 'm.role', 'p.fullName'])
        .where('m.groupId', 'in', ids)
        .where(currentMembership(f.day, 'm'))
        .execute()
    : [];
  const items = visible.map((g) => ({
    ...groupRowToGroup(g),
    orgUnitName: g.orgUnitName,
    mentorNames: members.filter((m) => m.groupId === g.id && m.role === 'mentor').map((m) => m.fullName),
    menteeCount: members.filter((m) => m.groupId === g.id && m.role === 'mentee').length,
  }));
  return { items, total: Number(total) };
}
