import {
  addDays,
  type CalendarSettings,
  calendarOf,
  dayContactHours,
  localDateTime,
  meetingDays,
} from '@mentora/core/calendar';
import { isCurrentMember } from '@mentora/core/policy';
import type { Meeting, MeetingDayAttendance } from '@mentora/core/types';
import { api } from '../../app/api';
import { today } from '../../app/format';
import type { LocalDb } from '../../store/db';

/** Reads of the local store for the calendar screens (issue 9); each runs inside a live query. */

/** The calendar settings of a program on this phone, with the defaults of older programs. */
export async function programCalendar(db: LocalDb, programId: string) {
  const program = await db.rows('programs').get(programId);
  return calendarOf(program?.settings as CalendarSettings | undefined);
}

export interface ClusterCalendar {
  groupId: string;
  name: string;
  programId: string;
  calendar: ReturnType<typeof calendarOf>;
  meetings: (Meeting & { days: string[]; start: string })[];
}

/** The clusters the user mentors now, each with its cluster meetings (date order) and the program's cadence. */
export async function myClusterCalendars(db: LocalDb, personId: string): Promise<ClusterCalendar[]> {
  const day = today();
  const mine = await db.rows('groupMembers').where('personId').equals(personId).toArray();
  const out: ClusterCalendar[] = [];
  for (const m of mine.filter((x) => x.role === 'mentor' && isCurrentMember(x, day))) {
    const group = await db.rows('groups').get(m.groupId);
    if (group?.kind !== 'cluster' || group.deletedAt) continue;
    const calendar = await programCalendar(db, group.programId);
    const meetings = (await db.rows('meetings').where('groupId').equals(group.id).toArray())
      .filter((x) => x.kind === 'cluster_meeting' && !x.deletedAt)
      .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))
      .map((x) => ({
        ...x,
        days: meetingDays(x, calendar.timeZone),
        start: localDateTime(x.scheduledFor, calendar.timeZone).time,
      }));
    out.push({ groupId: group.id, name: group.name, programId: group.programId, calendar, meetings });
  }
  return out;
}

/** The first day of the month after a meeting's last one (or this month): where a new year starts. */
export function nextMonth(c: ClusterCalendar): string {
  const last = c.meetings.at(-1)?.days.at(-1);
  if (!last) return today().slice(0, 7);
  return addDays(`${last.slice(0, 7)}-28`, 7).slice(0, 7);
}

/** One row of the day's list: who, and what was recorded that day (or nothing yet). */
export interface DayPerson {
  personId: string;
  fullName: string | null;
  row: MeetingDayAttendance | undefined;
}

export interface MeetingDaysShown {
  meeting: Meeting;
  days: string[];
  /** Local start time of each day, `HH:MM`. */
  start: string;
  people: DayPerson[];
  rows: MeetingDayAttendance[];
}

/** A cluster meeting's days and its current members (names), with each day's attendance on this phone. */
export async function localMeetingDays(db: LocalDb, meetingId: string): Promise<MeetingDaysShown | undefined> {
  const meeting = await db.rows('meetings').get(meetingId);
  if (!meeting) return undefined;
  const { timeZone } = await programCalendar(db, meeting.programId);
  const [rows, members] = await Promise.all([
    db.rows('meetingDayAttendance').where('meetingId').equals(meetingId).toArray(),
    db.rows('groupMembers').where('groupId').equals(meeting.groupId).toArray(),
  ]);
  const day = today();
  const ids = [
    ...new Set([
      ...members.filter((m) => isCurrentMember(m, day)).map((m) => m.personId),
      ...rows.map((r) => r.personId),
    ]),
  ];
  const persons = await db.rows('persons').bulkGet(ids);
  const names = new Map(persons.flatMap((p) => (p ? [[p.id, p.fullName] as const] : [])));
  const people = ids
    .map((personId) => ({ personId, fullName: names.get(personId) ?? null, row: undefined }))
    .sort((a, b) => (a.fullName ?? '').localeCompare(b.fullName ?? ''));
  return {
    meeting,
    days: meetingDays(meeting, timeZone),
    start: localDateTime(meeting.scheduledFor, timeZone).time,
    people,
    rows: rows.filter((r) => !r.deletedAt),
  };
}

/** A person's hours on a day as the server will count them (core's rule), or null when leaving before arriving. */
export const hoursOf = (start: string, durationMinutes: number, mark: Mark) =>
  dayContactHours({ start, durationMinutes, ...mark });

/** One person's mark on one day, as the attendance screen keeps it. */
export interface Mark {
  present: boolean;
  arrivedAt: string | null;
  leftAt: string | null;
}

/** A head teacher's "who is away when" (server read, metadata). */
export interface AwayItem {
  id: string;
  title: string;
  clusterName: string;
  place: string;
  start: string;
  durationMinutes: number;
  days: string[];
  teachers: { personId: string; fullName: string; role: string; schoolName: string }[];
}

export const loadAway = () => api.get<{ from: string; to: string; items: AwayItem[] }>('/api/calendar/away');
