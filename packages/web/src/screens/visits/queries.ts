import type { Visit, VisitAcknowledgement, VisitNote } from '@mentora/core/types';
import type { LocalDb } from '../../store/db';

/** Reads of the local store for the visit screens; each runs inside a live query. */

/** A visit planned for a day before `day` and not recorded (issue 9: flagged to the mentor). */
export const isOverdue = (v: Pick<Visit, 'status' | 'plannedFor'>, day: string) =>
  v.status === 'planned' && v.plannedFor < day;

export interface VisitItem {
  visit: Visit;
  schoolName: string | null;
  overdue: boolean;
}

async function schoolNames(db: LocalDb, ids: string[]) {
  const units = await db.rows('orgUnits').bulkGet([...new Set(ids)]);
  return new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
}

/**
 * The visits of the groups `personId` mentors, on this phone: overdue first, then upcoming by
 * date, then done and cancelled, newest first.
 */
export async function mentorVisits(db: LocalDb, personId: string, day: string): Promise<VisitItem[]> {
  const groups = (await db.rows('groupMembers').where('personId').equals(personId).toArray())
    .filter((m) => m.role === 'mentor' && m.deletedAt === null)
    .map((m) => m.groupId);
  const visits = await db.rows('visits').where('groupId').anyOf(groups).toArray();
  const names = await schoolNames(
    db,
    visits.map((v) => v.schoolUnitId),
  );
  const rank = (v: Visit) => (isOverdue(v, day) ? 0 : v.status === 'planned' ? 1 : 2);
  return visits
    .map((v) => ({ visit: v, schoolName: names.get(v.schoolUnitId) ?? null, overdue: isOverdue(v, day) }))
    .sort(
      (a, b) =>
        rank(a.visit) - rank(b.visit) ||
        (rank(a.visit) < 2
          ? a.visit.plannedFor.localeCompare(b.visit.plannedFor)
          : b.visit.plannedFor.localeCompare(a.visit.plannedFor)),
    );
}

/** A cluster the mentor may plan for, with its schools: units under its unit on this phone and its members' schools. */
export interface ClusterChoice {
  groupId: string;
  name: string;
  schools: { id: string; name: string }[];
}

export async function clusterChoices(db: LocalDb, personId: string): Promise<ClusterChoice[]> {
  const mine = (await db.rows('groupMembers').where('personId').equals(personId).toArray()).filter(
    (m) => m.role === 'mentor' && m.deletedAt === null,
  );
  const out: ClusterChoice[] = [];
  for (const m of mine) {
    const group = await db.rows('groups').get(m.groupId);
    if (!group || group.deletedAt !== null) continue;
    const unit = await db.rows('orgUnits').get(group.orgUnitId);
    const members = await db.rows('groupMembers').where('groupId').equals(group.id).toArray();
    const people = await db.rows('persons').bulkGet(members.map((x) => x.personId));
    const ids = new Set(people.flatMap((p) => (p?.schoolId ? [p.schoolId] : [])));
    const under = unit
      ? (await db.rows('orgUnits').toArray()).filter(
          (u) => u.path.startsWith(unit.path) && u.id !== unit.id && u.kind === 'school',
        )
      : [];
    for (const u of under) ids.add(u.id);
    const names = await schoolNames(db, [...ids]);
    out.push({
      groupId: group.id,
      name: group.name,
      schools: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    });
  }
  return out;
}

/**
 * The cluster's concerns waiting for a school visit (helper C's device table `concerns`, state
 * `needs_follow_up`, issue9-design.md). Read by name and guarded: a build without the concerns area
 * has no such table, and the list is empty.
 */
export interface FollowUpConcern {
  id: string;
  category: string | null;
  followUpSchoolUnitId: string | null;
  followUpBy: string | null;
}

export async function followUpConcerns(db: LocalDb, groupId: string): Promise<FollowUpConcern[]> {
  if (!db.tables.some((t) => t.name === 'concerns')) return [];
  const rows = (await db.table('concerns').where('groupId').equals(groupId).toArray()) as (FollowUpConcern & {
    state?: string;
    deletedAt?: string | null;
  })[];
  return rows.filter((c) => c.state === 'needs_follow_up' && !c.deletedAt);
}

/** A visit with what this phone holds of it: its school, the teachers' names, note and acknowledgement. */
export interface VisitShown {
  visit: Visit;
  schoolName: string | null;
  note: VisitNote | null;
  acknowledgement: VisitAcknowledgement | null;
  /** The cluster's teachers of the visited school (who may be named as seen). */
  teachers: { personId: string; fullName: string }[];
  /** Names of the teachers recorded as seen, where this phone knows them. */
  seen: { personId: string; fullName: string | null }[];
  /** Observations of this cluster on this phone (to link one). */
  observations: { id: string; label: string }[];
}

export async function visitShown(db: LocalDb, id: string): Promise<VisitShown | undefined> {
  const visit = await db.rows('visits').get(id);
  if (!visit) return undefined;
  const [unit, note, acknowledgement, members, observations] = await Promise.all([
    db.rows('orgUnits').get(visit.schoolUnitId),
    db.rows('visitNotes').get(id),
    db.rows('visitAcknowledgements').get(id),
    db.rows('groupMembers').where('groupId').equals(visit.groupId).toArray(),
    db.rows('observations').where('groupId').equals(visit.groupId).toArray(),
  ]);
  const people = await db
    .rows('persons')
    .bulkGet([
      ...members.map((m) => m.personId),
      ...visit.teacherPersonIds,
      ...observations.map((o) => o.observedPersonId),
    ]);
  const nameOf = new Map(people.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const teachers = members
    .filter(
      (m) => m.role === 'mentee' && m.deletedAt === null && nameOf.get(m.personId)?.schoolId === visit.schoolUnitId,
    )
    .map((m) => ({ personId: m.personId, fullName: nameOf.get(m.personId)?.fullName ?? '' }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
  return {
    visit,
    schoolName: unit?.name ?? null,
    note: note ?? null,
    acknowledgement: acknowledgement ?? null,
    teachers,
    seen: visit.teacherPersonIds.map((p) => ({ personId: p, fullName: nameOf.get(p)?.fullName ?? null })),
    observations: observations
      .filter((o) => o.deletedAt === null)
      .map((o) => ({
        id: o.id,
        label: `${nameOf.get(o.observedPersonId)?.fullName ?? ''} · ${o.scheduledFor.slice(0, 10)}`,
      })),
  };
}

/** The visits to the schools `personId` is head teacher of (their device holds only those), done ones waiting first. */
export async function visitsToAcknowledge(db: LocalDb, schoolIds: readonly string[]): Promise<VisitItem[]> {
  const visits = await db
    .rows('visits')
    .where('schoolUnitId')
    .anyOf([...schoolIds])
    .toArray();
  const names = await schoolNames(
    db,
    visits.map((v) => v.schoolUnitId),
  );
  const rank = (v: Visit) => (v.status === 'done' && !v.acknowledgedAt ? 0 : v.status === 'done' ? 1 : 2);
  return visits
    .filter((v) => v.status !== 'cancelled')
    .map((v) => ({ visit: v, schoolName: names.get(v.schoolUnitId) ?? null, overdue: false }))
    .sort((a, b) => rank(a.visit) - rank(b.visit) || b.visit.plannedFor.localeCompare(a.visit.plannedFor));
}
