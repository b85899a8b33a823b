// Cluster meetings' calendar (issue 9, ADR 0024): pure, zod-free functions the server, the web app
// and the device mutators share — which days a meeting covers, a day's contact hours, and the
// year's proposed meeting days from the program's cadence.

/** A public holiday of the program (program settings `holidays`). */
export interface Holiday {
  /** ISO date YYYY-MM-DD. */
  date: string;
  name: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `YYYY-MM-DD` + `n` days (UTC arithmetic on a calendar date; no time zone involved). */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Minutes since midnight of `HH:MM`, or null when it is not a time of day. */
export function minutesOf(hhmm: string): number | null {
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** `HH:MM` of minutes since midnight (0–1439). */
export function hhmmOf(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The local calendar date and time of day of an ISO instant in `timeZone` (an IANA name, e.g.
 * `Asia/Karachi`; the program setting `timeZone`). An unknown zone falls back to UTC.
 */
export function localDateTime(iso: string, timeZone = 'UTC'): { date: string; time: string } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(iso));
  } catch {
    return localDateTime(iso, 'UTC');
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** The days a meeting takes place on: its first (local) day through `endsOn`, one date each. */
export function meetingDays(m: { scheduledFor: string; endsOn: string | null }, timeZone = 'UTC'): string[] {
  const first = localDateTime(m.scheduledFor, timeZone).date;
  const days = [first];
  // A meeting spans at most a week (ScheduleMeeting refuses more): the bound keeps a bad row harmless.
  while (m.endsOn && days.length < 7 && (days.at(-1) as string) < m.endsOn)
    days.push(addDays(days.at(-1) as string, 1));
  return days;
}

/**
 * One person's contact hours on one day of a meeting (decimal hours, two places).
 * The day's session runs from `start` (`HH:MM`, local) for `durationMinutes`; someone who arrived
 * late (`arrivedAt`) or left early (`leftAt`, both `HH:MM`, optional) counts only the time they were
 * there, clipped to the session; absent counts 0. Times outside the session change nothing.
 * Returns null when `arrivedAt` is not before `leftAt` (the caller reports the error).
 */
export function dayContactHours(input: {
  start: string;
  durationMinutes: number;
  present: boolean;
  arrivedAt?: string | null;
  leftAt?: string | null;
}): number | null {
  if (!input.present) return 0;
  const start = minutesOf(input.start) ?? 0;
  const end = start + input.durationMinutes;
  const arrived = input.arrivedAt ? (minutesOf(input.arrivedAt) ?? start) : start;
  const left = input.leftAt ? (minutesOf(input.leftAt) ?? end) : end;
  if (input.arrivedAt && input.leftAt && arrived >= left) return null;
  const minutes = Math.max(0, Math.min(end, left) - Math.max(start, arrived));
  return Math.round((minutes / 60) * 100) / 100;
}

/** The cadence settings a proposal follows (program settings, see ProgramSettings). */
export interface Cadence {
  /** PTMP: "two days in a month" — consecutive working days (0: no cluster meetings). */
  daysPerMonth: number;
  /** Days of the week without school: 0 = Sunday … 6 = Saturday. */
  weekendDays: readonly number[];
  holidays: readonly Holiday[];
}

/** One proposed cluster meeting: its first day, last day, and every day in between. */
export interface ProposedMeeting {
  month: string;
  startsOn: string;
  endsOn: string;
  days: string[];
}

/**
 * A year (or `months` months) of cluster meeting days, one meeting a month, each `daysPerMonth`
 * consecutive working days (seed: "Every month, 30-40 primary school teachers of neighbouring
 * schools meet with a mentor for two days"). A day is a working day when it is not a weekend day
 * and not a holiday. Each month's meeting is the first run of working days starting on or after
 * day `startDay` of the month that avoids `busy` dates (e.g. the mentor's other clusters'
 * meetings); a month where no run fits (all holidays) is left out.
 * `from`: the first month, `YYYY-MM`. Returns the meetings in date order.
 */
export function proposeClusterCalendar(
  cadence: Cadence,
  options: { from: string; months?: number; startDay?: number; busy?: readonly string[] },
): ProposedMeeting[] {
  const n = cadence.daysPerMonth;
  if (n <= 0) return [];
  const weekend = new Set(cadence.weekendDays);
  const closed = new Set(cadence.holidays.map((h) => h.date));
  const busy = new Set(options.busy ?? []);
  const working = (d: string) => !weekend.has(weekdayOf(d)) && !closed.has(d) && !busy.has(d);
  const out: ProposedMeeting[] = [];
  const [y0, m0] = options.from.split('-').map(Number) as [number, number];
  for (let i = 0; i < (options.months ?? 12); i += 1) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    const m = ((m0 - 1 + i) % 12) + 1;
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const startDay = Math.min(Math.max(options.startDay ?? 1, 1), 28);
    for (let d = `${month}-${String(startDay).padStart(2, '0')}`; d.startsWith(month); d = addDays(d, 1)) {
      const days = Array.from({ length: n }, (_, k) => addDays(d, k));
      if (days.every((x) => x.startsWith(month) && working(x))) {
        out.push({ month, startsOn: days[0] as string, endsOn: days.at(-1) as string, days });
        break;
      }
    }
  }
  return out;
}

/** The UTC instant of a local date and time of day in `timeZone` (the inverse of localDateTime). */
export function instantOf(date: string, time: string, timeZone = 'UTC'): string {
  const guess = Date.parse(`${date}T${time}:00Z`);
  // Two passes settle the zone's offset on that day (daylight-saving changes included).
  let at = guess;
  for (let i = 0; i < 2; i += 1) {
    const local = localDateTime(new Date(at).toISOString(), timeZone);
    at += guess - Date.parse(`${local.date}T${local.time}:00Z`);
  }
  return new Date(at).toISOString();
}

/** Stored program settings, as read (programs created before issue 9 lack the calendar fields). */
export interface CalendarSettings {
  clusterMeetingDaysPerMonth?: number;
  weekendDays?: readonly number[];
  holidays?: readonly Holiday[];
  timeZone?: string;
}

/** The cadence and time zone of a program's settings, with the defaults of ProgramSettings. */
export function calendarOf(settings: CalendarSettings | null | undefined): Cadence & { timeZone: string } {
  return {
    daysPerMonth: settings?.clusterMeetingDaysPerMonth ?? 2,
    weekendDays: settings?.weekendDays ?? [0],
    holidays: settings?.holidays ?? [],
    timeZone: settings?.timeZone ?? 'UTC',
  };
}
