import { calendarOf, instantOf, proposeClusterCalendar } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { newId } from '../../clock';
import { type MeetingsWorld, makeMeetingsWorld, pullAll } from './meetings-world';

// Issue 9: cluster meetings over two days, accepted a year at a time, attendance day by day.
describe('cluster meetings: a year from the cadence, two days each, attendance per day', () => {
  let w: MeetingsWorld;
  let mentor: Client;
  const settings = {
    clusterMeetingDaysPerMonth: 2,
    maxMenteesPerMentor: 40,
    weekendDays: [0],
    holidays: [{ date: '2026-03-23', name: 'Pakistan Day' }],
    timeZone: 'Asia/Karachi',
  };
  beforeAll(async () => {
    w = await makeMeetingsWorld();
    await w.handle.db
      .updateTable('programs')
      .set({ settings: JSON.stringify(settings) })
      .where('id', '=', w.programId)
      .execute();
    mentor = await w.login('mentor');
  });
  afterAll(() => w.close());

  it('accepts the proposed year in one command; the kinds fit the groups', async () => {
    const year = proposeClusterCalendar(calendarOf(settings), { from: '2026-03', startDay: 10 });
    const meetings = year.map((p) => ({
      id: newId(),
      title: `Cluster meeting ${p.month}`,
      scheduledFor: instantOf(p.startsOn, '09:00', 'Asia/Karachi'),
      durationMinutes: 300,
      endsOn: p.endsOn,
    }));
    const res = await mentor.send('POST', `/api/groups/${w.groupId}/cluster-meetings`, { meetings });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toHaveLength(12);
    expect(res.json()[0]).toMatchObject({
      kind: 'cluster_meeting',
      scheduledFor: '2026-03-10T04:00:00.000Z',
      endsOn: '2026-03-11',
      status: 'scheduled',
    });
    const list = (await mentor.get(`/api/groups/${w.groupId}/meetings`)).json();
    expect(list.items.filter((m: { kind: string }) => m.kind === 'cluster_meeting')).toHaveLength(12);

    // A cluster group holds cluster meetings, a school group does not; the last day is within a week.
    const asGroup = await mentor.send('POST', `/api/groups/${w.groupId}/meetings`, {
      kind: 'group_meeting',
      title: 'x',
      scheduledFor: '2026-04-01T04:00:00.000Z',
      durationMinutes: 60,
    });
    expect(asGroup.json().error.details).toEqual([
      { path: 'kind', message: 'a cluster group meets in cluster meetings' },
    ]);
    const inSchool = await mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
      kind: 'cluster_meeting',
      title: 'x',
      scheduledFor: '2026-04-01T04:00:00.000Z',
      durationMinutes: 60,
    });
    expect(inSchool.json().error.details).toEqual([
      { path: 'kind', message: 'only a cluster group holds cluster meetings' },
    ]);
    const tooLong = await mentor.send('POST', `/api/groups/${w.groupId}/cluster-meetings`, {
      meetings: [{ title: 'x', scheduledFor: '2026-04-01T04:00:00.000Z', durationMinutes: 60, endsOn: '2026-04-20' }],
    });
    expect(tooLong.statusCode).toBe(400);
    // A teacher of the cluster reads the calendar but does not make it.
    const mentee = await w.login('mentee');
    expect((await mentee.send('POST', `/api/groups/${w.groupId}/cluster-meetings`, { meetings })).statusCode).toBe(403);
    // Nothing of a refused year was kept (all or none).
    expect((await mentor.get(`/api/groups/${w.groupId}/meetings`)).json().items).toHaveLength(12);
  });

  it('takes attendance day by day: late arrival and early leave cut the hours, the total adds the days', async () => {
    const scheduled = await mentor.send('POST', `/api/groups/${w.groupId}/meetings`, {
      kind: 'cluster_meeting',
      title: 'March cluster meeting',
      scheduledFor: '2026-03-02T04:00:00.000Z',
      durationMinutes: 300,
      endsOn: '2026-03-03',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const id = scheduled.json().id;
    // Moving only its first day would shorten a two-day meeting: the last day must come along.
    const halfMove = await mentor.send('PATCH', `/api/meetings/${id}`, { scheduledFor: '2026-03-03T04:00:00.000Z' });
    expect(halfMove.statusCode).toBe(400);
    expect(halfMove.json().error.details).toEqual([
      { path: 'endsOn', message: 'required when a meeting of several days moves' },
    ]);
    const day1 = await mentor.send('POST', `/api/meetings/${id}/day-attendance`, {
      day: '2026-03-02',
      entries: [
        { personId: w.people.mentee, present: true, arrivedAt: '10:30' },
        { personId: w.people.mentor, present: true },
      ],
    });
    expect(day1.statusCode, day1.body).toBe(200);
    expect(day1.json().days.map((d: { hours: number }) => d.hours)).toEqual([3.5, 5]);
    const day2 = await mentor.send('POST', `/api/meetings/${id}/day-attendance`, {
      day: '2026-03-03',
      entries: [
        { personId: w.people.mentee, present: true, leftAt: '12:00' },
        { personId: w.people.mentor, present: false },
      ],
    });
    expect(day2.json().totals).toEqual([
      expect.objectContaining({ personId: w.people.mentee, present: true, hours: 6.5 }),
      expect.objectContaining({ personId: w.people.mentor, present: true, hours: 5 }),
    ]);

    // Not a day of the meeting; someone outside the cluster; leaving before arriving: refused.
    const wrong = await mentor.send('POST', `/api/meetings/${id}/day-attendance`, {
      day: '2026-03-04',
      entries: [{ personId: w.people.outsider, present: true }],
    });
    expect(wrong.json().error.details).toEqual([
      { path: 'day', message: 'not a day of this meeting (2026-03-02, 2026-03-03)' },
      { path: 'entries.0.personId', message: 'not a current member of this meeting’s group (or pair)' },
    ]);
    const backwards = await mentor.send('POST', `/api/meetings/${id}/day-attendance`, {
      day: '2026-03-02',
      entries: [{ personId: w.people.mentee, present: true, arrivedAt: '12:00', leftAt: '11:00' }],
    });
    expect(backwards.json().error.details).toEqual([
      { path: 'body.entries.0.leftAt', message: 'arrives before leaving' },
    ]);
    // Taken by day, the whole-meeting form is refused (it would overwrite the days).
    const whole = await mentor.send('POST', `/api/meetings/${id}/attendance`, {
      entries: [{ personId: w.people.mentee, present: true, hours: 1 }],
    });
    expect(whole.statusCode).toBe(409);

    // A shorter day (09:00–13:00) changes every recorded day's hours; a lost day is refused.
    const moved = await mentor.send('PATCH', `/api/meetings/${id}`, { durationMinutes: 240 });
    expect(moved.statusCode, moved.body).toBe(200);
    const detail = (await mentor.get(`/api/meetings/${id}`)).json();
    expect(detail.attendance.find((a: { personId: string }) => a.personId === w.people.mentee).hours).toBe(5.5);
    expect(detail.dayAttendance).toHaveLength(4);
    const shorter = await mentor.send('PATCH', `/api/meetings/${id}`, { endsOn: null });
    expect(shorter.statusCode).toBe(409);

    // Held: the contact hours count the two days.
    await mentor.send('POST', `/api/meetings/${id}/held`, {});
    expect(
      (await mentor.get(`/api/persons/${w.people.mentee}/contact-hours?from=2026-03-01&to=2026-03-31`)).json(),
    ).toMatchObject({ hours: 5.5, meetings: 1 });
  });

  it('works offline: a year and two days of attendance pushed, the cluster pulls them', async () => {
    const [first] = proposeClusterCalendar(calendarOf(settings), { from: '2026-02', months: 1, startDay: 12 });
    const id = newId();
    const push = await mentor.send('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [
        {
          id: 1,
          name: 'meeting.scheduleCluster',
          args: {
            id: w.groupId,
            meetings: [
              {
                id,
                title: 'February cluster meeting',
                scheduledFor: instantOf(first?.startsOn ?? '', '09:00', 'Asia/Karachi'),
                durationMinutes: 300,
                endsOn: first?.endsOn ?? null,
              },
            ],
          },
        },
        {
          id: 2,
          name: 'meeting.recordDayAttendance',
          args: { id, day: first?.startsOn, entries: [{ personId: w.people.mentee, present: true }] },
        },
        {
          id: 3,
          name: 'meeting.recordDayAttendance',
          args: { id, day: first?.endsOn, entries: [{ personId: w.people.mentee, present: false }] },
        },
      ],
    });
    expect(push.statusCode, push.body).toBe(200);
    expect(push.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const pulled = await pullAll(await w.login('mentee'));
    expect(pulled.meetings?.find((m) => m.id === id)).toMatchObject({ kind: 'cluster_meeting', endsOn: first?.endsOn });
    expect(pulled.meetingDayAttendance?.filter((d) => d.meetingId === id).map((d) => d.present)).toEqual([true, false]);
    expect(pulled.meetingAttendance?.find((a) => a.meetingId === id)).toMatchObject({ present: true, hours: 5 });
    // Someone outside the cluster pulls none of it.
    const outsider = await pullAll(await w.login('outsider'));
    expect(outsider.meetingDayAttendance ?? []).toEqual([]);
  });
});
