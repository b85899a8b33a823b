import { type Actor, AppError, addDays, calendarOf, localDateTime, meetingDays } from '@mentora/core';
import type { Db } from '../../db/connect';
import { currentMembership } from '../../db/current-membership';
import { parseJsonObject } from '../../db/json';

/** A cluster meeting as the calendar shows it: metadata only (title, days, cluster, place). */
export interface CalendarMeeting {
  id: string;
  title: string;
  status: string;
  groupId: string;
  clusterName: string;
  place: string;
  scheduledFor: string;
  durationMinutes: number;
  /** Local start time of each day (`HH:MM`) and the days, in the program's time zone. */
  start: string;
  days: string[];
  timeZone: string;
}

/** The paths of the schools where `personId` is head teacher (role assignments). */
async function headSchoolPaths(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('roleAssignments as r')
    .innerJoin('orgUnits as u', 'u.id', 'r.orgUnitId')
    .select('u.path')
    .where('r.personId', '=', personId)
    .where('r.role', '=', 'head_teacher')
    .where('r.deletedAt', 'is', null)
    .execute();
  return rows.map((r) => r.path);
}

/**
 * The cluster groups whose meetings `personId` may see in a calendar: those they are a current
 * member of (a mentor's clusters, a teacher's own cluster) and, for a head teacher, the clusters of
 * their school's teachers.
 */
export async function calendarClusterIds(db: Db, personId: string, day: string): Promise<string[]> {
  const own = await db
    .selectFrom('groupMembers as m')
    .innerJoin('groups as g', 'g.id', 'm.groupId')
    .select('g.id')
    .where('m.personId', '=', personId)
    .where('g.kind', '=', 'cluster')
    .where('g.deletedAt', 'is', null)
    .where(currentMembership(day, 'm'))
    .execute();
  const schools = await headSchoolPaths(db, personId);
  const theirs = schools.length
    ? await db
        .selectFrom('groupMembers as m')
        .innerJoin('groups as g', 'g.id', 'm.groupId')
        .innerJoin('persons as p', 'p.id', 'm.personId')
        .innerJoin('orgUnits as s', 's.id', 'p.schoolId')
        .select('g.id')
        .where('g.kind', '=', 'cluster')
        .where('g.deletedAt', 'is', null)
        .where('p.deletedAt', 'is', null)
        .where('s.path', 'in', schools)
        .where(currentMembership(day, 'm'))
        .execute()
    : [];
  return [...new Set([...own, ...theirs].map((r) => r.id))];
}

/**
 * The cluster meetings of `groupIds` whose last day is on or after `from` and first day on or
 * before `to` (ISO dates; `to` null: unbounded), in date order, at most 500.
 */
export async function clusterMeetings(
  db: Db,
  groupIds: readonly string[],
  from: string,
  to: string | null,
): Promise<CalendarMeeting[]> {
  if (groupIds.length === 0) return [];
  let q = db
    .selectFrom('meetings as m')
    .innerJoin('groups as g', 'g.id', 'm.groupId')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .innerJoin('programs as p', 'p.id', 'm.programId')
    .select([
      'm.id',
      'm.title',
      'm.status',
      'm.groupId',
      'm.scheduledFor',
      'm.durationMinutes',
      'm.endsOn',
      'g.name as clusterName',
      'u.name as place',
      'p.settings',
    ])
    .where('m.groupId', 'in', [...groupIds])
    .where('m.kind', '=', 'cluster_meeting')
    .where('m.deletedAt', 'is', null)
    // A day early: the first local day may start the evening before in UTC; filtered exactly below.
    .where('m.scheduledFor', '>=', addDays(from, -(7 + 1)));
  if (to) q = q.where('m.scheduledFor', '<', `${addDays(to, 1)}T99`);
  const rows = await q.orderBy('m.scheduledFor').limit(500).execute();
  return rows.flatMap((r) => {
    const { timeZone } = calendarOf(parseJsonObject(r.settings));
    const days = meetingDays(r, timeZone);
    if ((days.at(-1) as string) < from || (to && (days[0] as string) > to)) return [];
    return [
      {
        id: r.id,
        title: r.title,
        status: r.status,
        groupId: r.groupId,
        clusterName: r.clusterName,
        place: r.place,
        scheduledFor: r.scheduledFor,
        durationMinutes: Number(r.durationMinutes),
        start: localDateTime(r.scheduledFor, timeZone).time,
        days,
        timeZone,
      },
    ];
  });
}

/**
 * "Who is away when" for a head teacher (issue 9): the upcoming cluster meetings (days from `from`
 * to `to`) of their school's teachers, each with the names of those teachers who are current
 * members of the cluster (mentors included: they are away too). Metadata only.
 * Errors: `forbidden` for someone who is no head teacher.
 */
export async function awayFromSchool(db: Db, actor: Actor, from: string, to: string) {
  const schools = await headSchoolPaths(db, actor.personId);
  if (schools.length === 0) throw new AppError('forbidden', 'Only a head teacher reads who of their school is away');
  const members = await db
    .selectFrom('groupMembers as m')
    .innerJoin('groups as g', 'g.id', 'm.groupId')
    .innerJoin('persons as p', 'p.id', 'm.personId')
    .innerJoin('orgUnits as s', 's.id', 'p.schoolId')
    .select(['m.groupId', 'm.personId', 'm.role', 'p.fullName', 's.name as schoolName'])
    .where('g.kind', '=', 'cluster')
    .where('g.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .where('s.path', 'in', schools)
    .where(currentMembership(from, 'm'))
    .orderBy('p.fullName')
    .execute();
  const meetings = await clusterMeetings(db, [...new Set(members.map((m) => m.groupId))], from, to);
  const items = meetings
    .filter((m) => m.status !== 'cancelled')
    .map(({ timeZone: _z, ...m }) => ({
      ...m,
      teachers: members
        .filter((x) => x.groupId === m.groupId)
        .map((x) => ({ personId: x.personId, fullName: x.fullName, role: x.role, schoolName: x.schoolName })),
    }));
  return { from, to, items };
}
