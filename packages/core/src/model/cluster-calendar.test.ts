import { describe, expect, it } from 'vitest';
import {
  calendarOf,
  dayContactHours,
  instantOf,
  localDateTime,
  meetingDays,
  proposeClusterCalendar,
  weekdayOf,
} from './cluster-calendar';
import { ProgramSettings } from './program';

const PTMP = { daysPerMonth: 2, weekendDays: [0], holidays: [{ date: '2026-03-23', name: 'Pakistan Day' }] };

describe('a day of contact hours', () => {
  const day = { start: '09:00', durationMinutes: 300, present: true };
  it('counts the whole session for someone there all day, nothing for someone absent', () => {
    expect(dayContactHours(day)).toBe(5);
    expect(dayContactHours({ ...day, present: false })).toBe(0);
  });
  it('cuts a late arrival and an early leave, clipped to the session', () => {
    expect(dayContactHours({ ...day, arrivedAt: '10:30' })).toBe(3.5);
    expect(dayContactHours({ ...day, leftAt: '12:20' })).toBe(3.33);
    expect(dayContactHours({ ...day, arrivedAt: '09:45', leftAt: '13:00' })).toBe(3.25);
    // Before the start or after the end changes nothing; arriving after the end counts nothing.
    expect(dayContactHours({ ...day, arrivedAt: '08:00', leftAt: '16:00' })).toBe(5);
    expect(dayContactHours({ ...day, arrivedAt: '15:00' })).toBe(0);
  });
  it('refuses leaving before arriving', () => {
    expect(dayContactHours({ ...day, arrivedAt: '11:00', leftAt: '10:00' })).toBeNull();
  });
});

describe('the days of a meeting, in the program time zone', () => {
  it('lists the first local day through endsOn', () => {
    // 04:00 UTC is 09:00 in Karachi; 20:00 UTC is already the next day there.
    expect(localDateTime('2026-03-10T04:00:00.000Z', 'Asia/Karachi')).toEqual({ date: '2026-03-10', time: '09:00' });
    expect(meetingDays({ scheduledFor: '2026-03-09T20:00:00.000Z', endsOn: '2026-03-11' }, 'Asia/Karachi')).toEqual([
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(meetingDays({ scheduledFor: '2026-03-10T04:00:00.000Z', endsOn: null })).toEqual(['2026-03-10']);
    expect(instantOf('2026-03-10', '09:00', 'Asia/Karachi')).toBe('2026-03-10T04:00:00.000Z');
  });
});

describe('the proposed year of cluster meetings', () => {
  it('gives two consecutive working days a month, skipping weekends and holidays', () => {
    const year = proposeClusterCalendar(PTMP, { from: '2026-01', startDay: 1 });
    expect(year).toHaveLength(12);
    for (const m of year) {
      expect(m.days).toHaveLength(2);
      expect(m.days.every((d) => weekdayOf(d) !== 0 && d.startsWith(m.month))).toBe(true);
    }
    // 1 March 2026 is a Sunday: the meeting is on Monday 2 and Tuesday 3.
    expect(year[2]).toEqual({
      month: '2026-03',
      startsOn: '2026-03-02',
      endsOn: '2026-03-03',
      days: ['2026-03-02', '2026-03-03'],
    });
  });
  it('moves off a holiday and off busy days (the mentor’s other cluster)', () => {
    const [march] = proposeClusterCalendar(PTMP, { from: '2026-03', months: 1, startDay: 22 });
    // 22 March is a Sunday, 23 March Pakistan Day: 24–25.
    expect(march?.days).toEqual(['2026-03-24', '2026-03-25']);
    const [other] = proposeClusterCalendar(PTMP, { from: '2026-03', months: 1, startDay: 22, busy: march?.days });
    expect(other?.days).toEqual(['2026-03-26', '2026-03-27']);
  });
  it('follows a Friday weekend and a one-day cadence, and proposes nothing for zero days', () => {
    const fridays = proposeClusterCalendar(
      { ...PTMP, weekendDays: [5], daysPerMonth: 3 },
      { from: '2026-05', months: 1, startDay: 7 },
    );
    // 7 May 2026 is a Thursday, 8 a Friday: the first run of three is 9–11.
    expect(fridays[0]?.days).toEqual(['2026-05-09', '2026-05-10', '2026-05-11']);
    expect(proposeClusterCalendar({ ...PTMP, daysPerMonth: 0 }, { from: '2026-05' })).toEqual([]);
  });
  it('reads the cadence from program settings, with defaults for programs made before', () => {
    expect(calendarOf({ clusterMeetingDaysPerMonth: 2 })).toEqual({
      daysPerMonth: 2,
      weekendDays: [0],
      holidays: [],
      timeZone: 'UTC',
    });
    const parsed = ProgramSettings.parse({});
    expect(parsed).toMatchObject({ clusterMeetingDaysPerMonth: 2, weekendDays: [0], holidays: [], timeZone: 'UTC' });
    expect(ProgramSettings.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
  });
});
