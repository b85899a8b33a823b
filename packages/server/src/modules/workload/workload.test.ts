import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { makeVisitsWorld, type VisitsWorld } from '../visits/visits-world';
import { daysInMonth } from './figures';

describe('daysInMonth', () => {
  it('counts each day of a meeting inside the month', () => {
    expect(daysInMonth('2026-03-03T09:00:00.000Z', '2026-03-04', '2026-03')).toBe(2);
    expect(daysInMonth('2026-02-27T09:00:00.000Z', '2026-03-01', '2026-03')).toBe(1);
    expect(daysInMonth('2026-02-27T09:00:00.000Z', '2026-03-01', '2026-02')).toBe(2);
    expect(daysInMonth('2026-04-01T09:00:00.000Z', '2026-04-01', '2026-03')).toBe(0);
  });
});

// A world for March 2026 (clock 2026-03-15): the Uthal cluster's mentor with two teachers, two held
// cluster meetings (one of two days, one spanning February's end), a held one-to-one and a meeting
// not held; five visits. The Khuzdar cluster's mentor (district d2) with one teacher and no activity.
describe('workload figures per mentor and month, and the mentors’ team', () => {
  let w: VisitsWorld;
  let mentor: Client;
  let admin: Client;
  beforeAll(async () => {
    w = await makeVisitsWorld();
    mentor = await w.login('mentor');
    admin = await w.login('admin');
    const meeting = async (body: Record<string, unknown>, held: boolean, endsOn: string | null) => {
      const m = await mentor.send('POST', `/api/groups/${w.groupId}/meetings`, {
        kind: 'cluster_meeting',
        title: 'Cluster meeting',
        durationMinutes: 300,
        ...body,
      });
      if (m.statusCode !== 201) throw new Error(m.body);
      if (held) await mentor.send('POST', `/api/meetings/${m.json().id}/held`, {});
      // The multi-day command is helper K's: set the last day as the table holds it.
      if (endsOn) await w.handle.db.updateTable('meetings').set({ endsOn }).where('id', '=', m.json().id).execute();
    };
    await meeting({ scheduledFor: '2026-03-03T09:00:00.000Z' }, true, '2026-03-04');
    await meeting({ scheduledFor: '2026-02-27T09:00:00.000Z' }, true, '2026-03-01');
    await meeting({ scheduledFor: '2026-03-10T09:00:00.000Z' }, false, null);
    await meeting(
      { scheduledFor: '2026-03-11T09:00:00.000Z', kind: 'one_to_one', menteePersonId: w.people.mentee },
      true,
      null,
    );
    const plan = async (plannedFor: string) =>
      (
        await mentor.send('POST', '/api/visits', {
          groupId: w.groupId,
          schoolUnitId: w.units.s1.id,
          plannedFor,
        })
      ).json().id as string;
    await plan('2026-03-10'); // overdue
    const done = await plan('2026-03-12');
    await mentor.send('POST', `/api/visits/${done}/record`, {
      teacherPersonIds: [w.extra.teacherA],
      supportGiven: 'x',
    });
    await plan('2026-03-20');
    await mentor.send('POST', `/api/visits/${await plan('2026-03-25')}/cancel`);
    await plan('2026-04-02');
    // Two concerns of the cluster raised in March: one still open, one discussed and resolved.
    const teacher = await w.login('mentee');
    const raise = async (description: string) => {
      const c = await teacher.send('POST', '/api/concerns', { groupId: w.groupId, category: 'pedagogy', description });
      if (c.statusCode !== 201) throw new Error(c.body);
      return c.json().id as string;
    };
    await raise('Group work turns noisy');
    const settled = await raise('No chalk');
    await mentor.send('POST', `/api/concerns/${settled}/discuss`);
    const resolved = await mentor.send('POST', `/api/concerns/${settled}/resolve`, {
      resolution: 'The school ordered chalk',
    });
    if (resolved.statusCode !== 200) throw new Error(resolved.body);
    const settings = {
      clusterMeetingDaysPerMonth: 2,
      maxMenteesPerMentor: 1,
      maxClustersPerMentor: 1,
      maxVisitsPerMonth: 2,
    };
    const patched = await admin.send('PATCH', `/api/programs/${w.programId}`, { settings });
    if (patched.statusCode !== 200) throw new Error(patched.body);
  });
  afterAll(() => w.close());

  it('gives the mentor their own month, flagged against the program’s limits', async () => {
    const res = await mentor.get(`/api/programs/${w.programId}/workload/${w.people.mentor}?month=2026-03`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      mentorPersonId: w.people.mentor,
      fullName: 'mentor person',
      month: '2026-03',
      clusters: 1,
      teachers: 2,
      meetingDays: 3,
      visitsPlanned: 3,
      visitsDone: 1,
      visitsOverdue: 1,
      concernsOpen: 1,
      over: { clusters: false, teachers: true, visits: true },
      limits: { maxClustersPerMentor: 1, maxMenteesPerMentor: 1, maxVisitsPerMonth: 2 },
    });
    const feb = (await mentor.get(`/api/programs/${w.programId}/workload/${w.people.mentor}?month=2026-02`)).json();
    // February's end came before both concerns were raised.
    expect(feb).toMatchObject({ meetingDays: 2, visitsPlanned: 0, concernsOpen: 0, over: { visits: false } });
    // The current month by default.
    expect((await mentor.get(`/api/programs/${w.programId}/workload/${w.people.mentor}`)).json().month).toBe('2026-03');
    expect(
      (await mentor.get(`/api/programs/${w.programId}/workload/${w.people.mentor}?month=2026-13`)).statusCode,
    ).toBe(400);
  });

  it('shows each official the mentors working in their subtree; nobody else reads the team', async () => {
    const team = async (who: Parameters<VisitsWorld['login']>[0]) => {
      const res = await (await w.login(who)).get(`/api/programs/${w.programId}/workload?month=2026-03`);
      return res.statusCode === 200 ? res.json().mentors.map((m: { fullName: string }) => m.fullName) : res.statusCode;
    };
    expect(await team('admin')).toEqual(['mentor person', 'otherMentor person']);
    expect(await team('officer')).toEqual(['mentor person']);
    expect(await team('otherOfficer')).toEqual(['otherMentor person']);
    for (const who of ['head', 'mentor', 'mentee', 'researcher'] as const) expect(await team(who)).toBe(404);

    const all = (await admin.get(`/api/programs/${w.programId}/workload?month=2026-03`)).json();
    expect(all.mentors[1]).toMatchObject({
      clusters: 1,
      teachers: 1,
      meetingDays: 0,
      visitsPlanned: 0,
      over: { teachers: false },
    });
    expect(all.limits).toEqual({ maxClustersPerMentor: 1, maxMenteesPerMentor: 1, maxVisitsPerMonth: 2 });
    // Figures only: no note, no teacher's name.
    expect(JSON.stringify(all)).not.toMatch(/teacherA|mentee person/);
  });

  it('keeps one mentor’s figures from another mentor and from officials of another district', async () => {
    const url = `/api/programs/${w.programId}/workload/${w.extra.otherMentor}?month=2026-03`;
    expect((await mentor.get(url)).statusCode).toBe(404);
    expect((await (await w.login('officer')).get(url)).statusCode).toBe(404);
    expect((await (await w.login('otherOfficer')).get(url)).statusCode).toBe(200);
    expect((await (await w.login('otherMentor')).get(url)).statusCode).toBe(200);
  });
});
