import { isCurrentMember } from '@mentora/core/policy';
import type { ConflictCopy, Group, GroupMember, Person, RoleAssignment } from '@mentora/core/types';
import { getMeta, type LocalDb, type OutboxEntry, type RejectedEntry } from './db';

/** Reads of the local store for the screens; each runs inside a live query. */

const present = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);
const unique = (xs: string[]) => [...new Set(xs)];

export interface SyncCounts {
  pending: number;
  rejected: number;
  lastSyncedAt: string | null;
  /** How far this phone's clock is off (seconds, + ahead) when the server said so; else null. */
  clockSkewSeconds: number | null;
}

export async function syncCounts(db: LocalDb): Promise<SyncCounts> {
  return {
    pending: await db.outbox.count(),
    rejected: await db.rejected.count(),
    lastSyncedAt: (await getMeta<string>(db, 'lastSyncedAt')) ?? null,
    clockSkewSeconds: (await getMeta<number | null>(db, 'clockSkewSeconds')) ?? null,
  };
}

export interface MemberView {
  id: string;
  personId: string;
  /** Null when the person is not on this device (a former member outside the working set). */
  fullName: string | null;
  role: GroupMember['role'];
  startDate: string;
  endDate: string | null;
}

export interface GroupView {
  group: Group;
  orgUnit: { id: string; name: string } | null;
  members: MemberView[];
}

async function membersOf(db: LocalDb, groupIds: string[]): Promise<MemberView[]> {
  const rows = await db.rows('groupMembers').where('groupId').anyOf(groupIds).toArray();
  const people = await db.rows('persons').bulkGet(unique(rows.map((m) => m.personId)));
  const names = new Map(present(people).map((p) => [p.id, p.fullName]));
  return rows.map((m) => ({
    id: m.id,
    personId: m.personId,
    fullName: names.get(m.personId) ?? null,
    role: m.role,
    startDate: m.startDate,
    endDate: m.endDate,
  }));
}

/** A group from the local store, or undefined when it is not part of this device's working set. */
export async function groupView(db: LocalDb, groupId: string): Promise<GroupView | undefined> {
  const group = await db.rows('groups').get(groupId);
  if (!group) return undefined;
  const unit = await db.rows('orgUnits').get(group.orgUnitId);
  return {
    group,
    orgUnit: unit ? { id: unit.id, name: unit.name } : null,
    members: await membersOf(db, [groupId]),
  };
}

export interface MyGroups {
  groups: { id: string; name: string; unitName: string | null }[];
  /** The other side: a mentor's current mentees, a teacher's current mentors. */
  people: { personId: string; fullName: string }[];
  synced: boolean;
}

/** A mentor's or teacher's home: the groups they are a current member of in that role. */
export async function myGroups(
  db: LocalDb,
  personId: string,
  role: 'mentor' | 'mentee',
  day: string,
): Promise<MyGroups> {
  const synced = (await getMeta<string>(db, 'lastSyncedAt')) !== undefined;
  const mine = (await db.rows('groupMembers').where('personId').equals(personId).toArray()).filter(
    (m) => m.role === role && isCurrentMember(m, day),
  );
  const ids = unique(mine.map((m) => m.groupId));
  const groups = present(await db.rows('groups').bulkGet(ids));
  const units = await db.rows('orgUnits').bulkGet(groups.map((g) => g.orgUnitId));
  const unitNames = new Map(present(units).map((u) => [u.id, String(u.name)]));
  const other = role === 'mentor' ? 'mentee' : 'mentor';
  const seen = new Set<string>();
  const people = (await membersOf(db, ids))
    .filter((m) => m.role === other && isCurrentMember(m, day) && m.personId !== personId && m.fullName !== null)
    .filter((m) => !seen.has(m.personId) && seen.add(m.personId))
    .map((m) => ({ personId: m.personId, fullName: m.fullName as string }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
  return {
    groups: groups
      .map((g) => ({ id: g.id, name: g.name, unitName: unitNames.get(g.orgUnitId) ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    people,
    synced,
  };
}

export interface PersonView {
  person: Person;
  school: { id: string; name: string } | null;
  roles: RoleAssignment[];
}

export async function personView(db: LocalDb, personId: string): Promise<PersonView | undefined> {
  const person = await db.rows('persons').get(personId);
  if (!person) return undefined;
  const school = person.schoolId ? await db.rows('orgUnits').get(person.schoolId) : undefined;
  const roles = await db.rows('roleAssignments').where('personId').equals(personId).toArray();
  return { person, school: school ? { id: school.id, name: String(school.name) } : null, roles };
}

/** Texts that lost to a later edit of the same field, newest first: kept and shown, never dropped. */
export async function conflictCopies(db: LocalDb, recordId: string): Promise<ConflictCopy[]> {
  const rows = await db.rows('conflictCopies').where('recordId').equals(recordId).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Mutations waiting to be sent that concern one record (shown beside server data an admin reads). */
export async function pendingFor(db: LocalDb, recordId: string): Promise<OutboxEntry[]> {
  // Ending a membership names the membership, not its group: match it through the local row.
  const memberships = new Set(
    (await db.rows('groupMembers').where('groupId').equals(recordId).primaryKeys()).map(String),
  );
  return (await db.outbox.orderBy('id').toArray()).filter(
    (e) => e.args.id === recordId || e.args.groupId === recordId || memberships.has(String(e.args.id)),
  );
}

export async function rejectedList(db: LocalDb): Promise<RejectedEntry[]> {
  return (await db.rejected.toArray()).sort((a, b) => a.rejectedAt.localeCompare(b.rejectedAt) || a.id - b.id);
}
