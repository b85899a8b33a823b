import { calendarOf, type Holiday, instantOf, meetingDays, proposeClusterCalendar } from '@mentora/core';
import type { Db } from '../db/connect';
import { currentMembership } from '../db/current-membership';
import { parseJsonObject } from '../db/json';
import type { ActivityRunner } from './activity-runner';
import { createRng } from './prng';

// Any fixed number: the same absences and late arrivals on every run.
const CALENDAR_SEED = 0x63616c65;
const DAY_MS = 86_400_000;
/** PTMP's cluster days: 09:00–14:00 local (Asia/Karachi), five contact hours a day. */
const START = '09:00';
const MINUTES_A_DAY = 300;
/** Months of held meetings before this month; the year's rest is upcoming. */
const MONTHS_HELD = 10;

const URDU_MONTHS = [
  'جنوری',
  'فروری',
  'مارچ',
  'اپریل',
  'مئی',
  'جون',
  'جولائی',
  'اگست',
  'ستمبر',
  'اکتوبر',
  'نومبر',
  'دسمبر',
];

/**
 * Pakistan's national holidays on fixed dates (Kashmir Day, Pakistan Day, Labour Day, Independence
 * Day, Iqbal Day, Quaid-e-Azam Day) for 2025–2028: the PTMP demo program's `holidays` setting.
 * Religious holidays move with the lunar calendar and are left for the program admin to add.
 */
export function ptmpHolidays(): Holiday[] {
  const fixed: [string, string][] = [
    ['02-05', 'Kashmir Solidarity Day'],
    ['03-23', 'Pakistan Day'],
    ['05-01', 'Labour Day'],
    ['08-14', 'Independence Day'],
    ['11-09', 'Iqbal Day'],
    ['12-25', 'Quaid-e-Azam Day'],
  ];
  return [2025, 2026, 2027, 2028].flatMap((y) => fixed.map(([md, name]) => ({ date: `${y}-${md}`, name })));
}

/** A PTMP cluster group as the calendar left it: its mentor, teachers and the year's meetings in date order. */
export interface PtmpCluster {
  groupId: string;
  mentorId: string;
  menteeIds: string[];
  /** `days`: the meeting's local dates (YYYY-MM-DD); `held`: its last day is before today. */
  meetings: { id: string; days: string[]; held: boolean }[];
}

/**
 * A year of cluster meetings for every PTMP cluster (issue 9), through the real commands: each
 * mentor accepts the year the cadence proposes (`meeting.scheduleCluster`, two consecutive working
 * days a month, clusters on different days of the month); the last MONTHS_HELD months' meetings are
 * held, with attendance taken day by day (`meeting.recordDayAttendance`) — most teachers there all
 * day, a few absent, a few arriving late or leaving early; the rest of the year is upcoming.
 * Returns each cluster with its meetings, for the concerns, visits and feedback played after.
 */
export async function seedPtmpCalendar(
  r: ActivityRunner,
  db: Db,
  programId: string,
  today: Date,
): Promise<PtmpCluster[]> {
  const rng = createRng(CALENDAR_SEED);
  const program = await db
    .selectFrom('programs')
    .select('settings')
    .where('id', '=', programId)
    .executeTakeFirstOrThrow();
  const calendar = calendarOf(parseJsonObject(program.settings));
  const clusters = await db
    .selectFrom('groups')
    .select('id')
    .where('programId', '=', programId)
    .where('kind', '=', 'cluster')
    .where('deletedAt', 'is', null)
    .orderBy('id')
    .execute();
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - MONTHS_HELD, 1));
  const todayIso = today.toISOString().slice(0, 10);
  const daysAgo = (date: string) => Math.round((today.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
  const out: PtmpCluster[] = [];

  for (const [c, cluster] of clusters.entries()) {
    const members = await db
      .selectFrom('groupMembers')
      .select(['personId', 'role'])
      .where('groupId', '=', cluster.id)
      .where(currentMembership(today.toISOString().slice(0, 10)))
      .orderBy('personId')
      .execute();
    const mentor = members.find((m) => m.role === 'mentor')?.personId;
    if (!mentor) continue;
    const mentees = members.filter((m) => m.role === 'mentee').map((m) => m.personId);
    const year = proposeClusterCalendar(calendar, {
      from: first.toISOString().slice(0, 7),
      months: 12,
      // Clusters meet on different days of the month (a district's trainers visit several).
      startDay: 4 + c * 4,
    });
    const meetings = year.map((p) => {
      const month = Number(p.month.slice(5, 7)) - 1;
      return {
        id: r.id(),
        title: `کلسٹر میٹنگ — ${URDU_MONTHS[month]} ${p.month.slice(0, 4)}`,
        scheduledFor: instantOf(p.startsOn, START, calendar.timeZone),
        durationMinutes: MINUTES_A_DAY,
        endsOn: p.endsOn,
      };
    });
    const accepted = r.at(daysAgo(`${first.toISOString().slice(0, 7)}-01`) + 3, 11);
    await r.run(mentor, accepted, 'meeting.scheduleCluster', { id: cluster.id, meetings });
    const played = meetings.map((m) => {
      const days = meetingDays(m, calendar.timeZone);
      return { id: m.id, days, held: (days.at(-1) as string) < todayIso };
    });
    out.push({ groupId: cluster.id, mentorId: mentor, menteeIds: mentees, meetings: played });

    for (const [i, m] of meetings.entries()) {
      const days = meetingDays(m, calendar.timeZone);
      if (!played[i]?.held) continue;
      for (const day of days) {
        const entries = mentees.map((personId) => {
          const roll = rng.next();
          if (roll < 0.07) return { personId, present: false };
          if (roll < 0.12) return { personId, present: true, arrivedAt: rng.pick(['09:40', '10:15', '10:30']) };
          if (roll < 0.15) return { personId, present: true, leftAt: rng.pick(['12:00', '12:45', '13:15']) };
          return { personId, present: true };
        });
        await r.run(mentor, new Date(Date.parse(`${day}T10:30:00Z`)), 'meeting.recordDayAttendance', {
          id: m.id,
          day,
          entries: [...entries, { personId: mentor, present: true }],
        });
      }
      const last = days.at(-1) as string;
      await r.run(mentor, new Date(Date.parse(`${last}T10:45:00Z`)), 'meeting.markHeld', {
        id: m.id,
        heldAt: instantOf(last, '14:00', calendar.timeZone),
      });
    }
  }
  return out;
}
