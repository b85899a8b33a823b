import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { newId } from '../../clock';
import { type ConcernsWorld, makeConcernsWorld, movableClock, pullAll } from './concerns-world';

/**
 * Issue 9: a concern's whole life — raised, put on a cluster meeting's agenda in the mentor's
 * order, discussed, resolved with a resolution or sent to a school follow-up and followed up,
 * closed, reopened, merged — with every transition kept and the time to resolution counted.
 */
describe('concerns: lifecycle', () => {
  const time = movableClock('2026-03-01T09:00:00.000Z');
  let w: ConcernsWorld;
  let mentor: Client;
  let mentee: Client;
  let meetingId: string;
  const raise = async (c: Client, body: object = {}) => {
    const res = await c.send('POST', '/api/concerns', {
      id: newId(),
      groupId: w.groupId,
      category: 'classroom-management',
      description: 'Grade 3 has 70 children in one room',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const post = (c: Client, id: string, path: string, body: object = {}) =>
    c.send('POST', `/api/concerns/${id}/${path}`, body);

  beforeAll(async () => {
    w = await makeConcernsWorld(time.clock);
    mentor = await w.login('mentor');
    mentee = await w.login('mentee');
    const m = await mentor.send('POST', `/api/groups/${w.groupId}/meetings`, {
      kind: 'cluster_meeting',
      title: 'Cluster meeting, March',
      scheduledFor: '2026-03-10T05:00:00.000Z',
      durationMinutes: 360,
    });
    expect(m.statusCode, m.body).toBe(201);
    meetingId = m.json().id;
  });
  afterAll(() => w.close());

  it('raises, discusses, resolves with a resolution; keeps who moved it when, and the days it took', async () => {
    const id = await raise(mentee, { subject: 'Mathematics', grade: 'Grade 3' });
    time.set('2026-03-10T09:00:00.000Z');
    expect((await post(mentor, id, 'discuss')).json()).toMatchObject({ state: 'discussed' });
    time.set('2026-03-11T21:00:00.000Z');
    const resolved = await post(mentor, id, 'resolve', { resolution: 'Split into two shifts' });
    expect(resolved.json()).toMatchObject({ state: 'resolved', resolutionDays: 10.5 });
    const view = (await mentee.get(`/api/concerns/${id}`)).json();
    expect(view).toMatchObject({ resolution: 'Split into two shifts', raisedByMe: true, subject: 'Mathematics' });
    const transitions = await w.handle.db
      .selectFrom('concernTransitions')
      .selectAll()
      .where('concernId', '=', id)
      .orderBy('at')
      .execute();
    expect(transitions.map((t) => [t.fromState, t.toState, t.byPersonId, t.at])).toEqual([
      [null, 'raised', w.people.mentee, '2026-03-01T09:00:00.000Z'],
      ['raised', 'discussed', w.people.mentor, '2026-03-10T09:00:00.000Z'],
      ['discussed', 'resolved', w.people.mentor, '2026-03-11T21:00:00.000Z'],
    ]);
  });

  it('refuses a move the lifecycle does not allow (409) and the teacher managing it (403)', async () => {
    time.set('2026-03-12T09:00:00.000Z');
    const id = await raise(mentee);
    const res = await post(mentor, id, 'resolve', { resolution: 'Too early' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
    expect((await post(mentee, id, 'discuss')).statusCode).toBe(403);
    // An unknown category of the program is a 400 on the field.
    const bad = await mentee.send('POST', '/api/concerns', {
      groupId: w.groupId,
      category: 'weather',
      description: 'Rain',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('reopens a resolved concern: back to raised, counted, resolved again with the days from raising', async () => {
    time.set('2026-03-01T09:00:00.000Z');
    const id = await raise(mentee);
    await post(mentor, id, 'discuss');
    await post(mentor, id, 'resolve', { resolution: 'Extra chairs' });
    const reopened = await post(mentee, id, 'reopen', {});
    expect(reopened.json()).toMatchObject({
      state: 'raised',
      reopenedCount: 1,
      resolvedAt: null,
      resolutionDays: null,
    });
    time.set('2026-03-06T09:00:00.000Z');
    await post(mentor, id, 'discuss');
    expect((await post(mentor, id, 'resolve', { resolution: 'Chairs arrived' })).json()).toMatchObject({
      resolutionDays: 5,
    });
    const again = await post(mentor, id, 'reopen', { to: 'discussed' });
    expect(again.json()).toMatchObject({ state: 'discussed', reopenedCount: 2 });
  });

  it('keeps the overwritten description as a conflict copy when the raiser edits it from two phones', async () => {
    const id = await raise(mentee, { description: 'First words' });
    const clientId = crypto.randomUUID();
    const edit = (n: number, description: string) => ({
      id: n,
      name: 'concern.update',
      args: { id, description },
      base: { description: 'First words' },
    });
    const push = await mentee.send('POST', '/api/sync/push', {
      clientId,
      mutations: [edit(1, 'Second words'), edit(2, 'Third words')],
    });
    expect(push.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    expect((await mentee.get(`/api/concerns/${id}`)).json().description).toBe('Third words');
    const copies = await w.handle.db.selectFrom('conflictCopies').selectAll().where('recordId', '=', id).execute();
    expect(copies.map((c) => [c.tableName, c.field, c.keptText])).toEqual([
      ['concernDetails', 'description', 'Second words'],
    ]);
  });

  it('puts concerns on the agenda in the mentor’s order, through REST and the sync push alike', async () => {
    const a = await raise(mentee, { description: 'A' });
    const b = await raise(mentee, { description: 'B' });
    const c = await raise(mentee, { description: 'C' });
    for (const id of [a, b]) expect((await post(mentor, id, 'agenda', { meetingId })).statusCode).toBe(200);
    const push = await mentor.send('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [
        { id: 1, name: 'concern.addToAgenda', args: { id: c, meetingId } },
        { id: 2, name: 'concern.orderAgenda', args: { id: meetingId, meetingId, concernIds: [c, a] } },
      ],
    });
    expect(push.statusCode, push.body).toBe(200);
    expect(push.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const ordered = await mentor.send('PUT', `/api/meetings/${meetingId}/agenda`, { concernIds: [c, a] });
    expect(ordered.statusCode, ordered.body).toBe(200);
    const agenda = (await mentor.get(`/api/meetings/${meetingId}/agenda`)).json().items;
    expect(agenda.map((x: { description: string }) => x.description)).toEqual(['C', 'A', 'B']);
    // A concern of another cluster is not on this agenda's list.
    const stray = await mentor.send('PUT', `/api/meetings/${meetingId}/agenda`, { concernIds: [newId()] });
    expect(stray.statusCode).toBe(400);
    expect((await mentee.send('PUT', `/api/meetings/${meetingId}/agenda`, { concernIds: [a] })).statusCode).toBe(403);
  });

  it('merges two concerns: the one merged away closes, both raisers follow the other, its text stays its raiser’s', async () => {
    const teacherA = await w.login('teacherA');
    const mine = await raise(mentee, { description: 'No chalk' });
    const theirs = await raise(teacherA, { description: 'Chalk runs out' });
    const merged = await post(mentor, theirs, 'merge', { intoId: mine });
    expect(merged.json()).toMatchObject({ state: 'closed', mergedIntoId: mine });
    const raisers = await w.handle.db
      .selectFrom('concernRaisers')
      .select('personId')
      .where('concernId', '=', mine)
      .execute();
    expect(raisers.map((r) => r.personId).sort()).toEqual([w.people.mentee, w.extra.teacherA].sort());
    // teacherA now follows the state of the concern they were merged into — without learning who
    // else raised it, and without reading, editing or sharing the other teacher's private words
    // (probe of issue 9, finding 1).
    const view = (await teacherA.get(`/api/concerns/${mine}`)).json();
    expect(view).toMatchObject({ raisedByMe: true, state: 'raised', description: '' });
    expect(view.raisers.map((r: { personId: string }) => r.personId)).toEqual([w.extra.teacherA]);
    expect(JSON.stringify(await pullAll(teacherA))).not.toContain('No chalk');
    expect((await post(teacherA, mine, 'share', { sharedWithCluster: true, showRaiserName: false })).statusCode).toBe(
      403,
    );
    expect((await teacherA.send('PATCH', `/api/concerns/${mine}`, { description: 'rewritten' })).statusCode).toBe(403);
    expect((await mentee.get(`/api/concerns/${mine}`)).json().description).toBe('No chalk');
    expect((await post(mentor, theirs, 'reopen', {})).statusCode).toBe(409);
    expect((await post(mentor, mine, 'merge', { intoId: mine })).statusCode).toBe(400);
  });

  it('sends to a school follow-up by a date, flags it overdue, marks it followed up by a visit, closes it', async () => {
    time.set('2026-03-01T09:00:00.000Z');
    const id = await raise(mentee, { category: 'resources-materials', description: 'No textbooks for grade 4' });
    await post(mentor, id, 'discuss');
    // A school outside the cluster could never be visited for it (probe finding 5).
    const elsewhere = await post(mentor, id, 'follow-up', { schoolUnitId: w.units.s3.id, followUpBy: '2026-03-20' });
    expect(elsewhere.statusCode).toBe(400);
    const sent = await post(mentor, id, 'follow-up', { schoolUnitId: w.units.s2.id, followUpBy: '2026-03-20' });
    expect(sent.json()).toMatchObject({ state: 'needs_follow_up', followUpSchoolUnitId: w.units.s2.id });
    const officer = await w.login('officer');
    const stats = async () => (await officer.get(`/api/org-units/${w.units.d1.id}/concern-stats`)).json();
    expect((await stats()).overdueFollowUps).toBe(0);
    time.set('2026-03-21T09:00:00.000Z');
    expect((await stats()).overdueFollowUps).toBe(1);
    expect((await mentor.get(`/api/concerns/${id}`)).json()).toMatchObject({ overdue: true });
    // Only a recorded visit of the cluster that names the concern follows it up (probe finding 6).
    expect((await post(mentor, id, 'followed-up', { visitId: newId() })).statusCode).toBe(400);
    const visit = await mentor.send('POST', '/api/visits', {
      groupId: w.groupId,
      schoolUnitId: w.units.s2.id,
      plannedFor: '2026-03-21',
      concernIds: [id],
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const visitId = visit.json().id as string;
    expect((await post(mentor, id, 'followed-up', { visitId })).statusCode).toBe(400); // not recorded yet
    const recorded = await mentor.send('POST', `/api/visits/${visitId}/record`, {
      teacherPersonIds: [w.people.mentee],
      supportGiven: 'Brought spare textbooks from the cluster stock',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    // Recording the visit is what follows the concern up (no second step to forget).
    const followed = await mentor.get(`/api/concerns/${id}`);
    expect(followed.json()).toMatchObject({ state: 'followed_up', followedUpVisitId: visitId });
    expect((await post(mentor, id, 'followed-up', { visitId })).statusCode).toBe(409);
    const closed = await post(mentor, id, 'close');
    expect(closed.json()).toMatchObject({ state: 'closed', resolutionDays: 20 });
    expect((await stats()).overdueFollowUps).toBe(0);
  });

  it('counts by state and days to resolution for the district, with no text and no names', async () => {
    const officer = await w.login('officer');
    const res = await officer.get(`/api/org-units/${w.units.d1.id}/concern-stats`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.byState.resolved + s.byState.closed).toBeGreaterThan(0);
    expect(s.total).toBe(Object.values(s.byState as Record<string, number>).reduce((a, b) => a + b, 0));
    // 10.5 days and 20 days (closed after follow-up); the reopened one is open again, not counted.
    expect(s).toMatchObject({ resolvedCount: 2, medianDaysToResolution: 15.25, meanDaysToResolution: 15.25 });
    expect(res.body).not.toContain('Grade 3');
    expect(res.body).not.toContain(w.people.mentee);
    const pulled = await pullAll(mentor);
    expect(pulled.concerns?.length).toBeGreaterThan(5);
  });
});
