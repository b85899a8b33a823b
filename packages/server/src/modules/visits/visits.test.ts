import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { newId } from '../../clock';
import { makeVisitsWorld, pullAll, type VisitsWorld } from './visits-world';

describe('visits: plan, record, acknowledge; overdue counted', () => {
  let w: VisitsWorld;
  let mentor: Client;
  let head: Client;
  beforeAll(async () => {
    w = await makeVisitsWorld();
    mentor = await w.login('mentor');
    head = await w.login('head');
  });
  afterAll(() => w.close());

  const plan = (body: Record<string, unknown>) =>
    mentor.send('POST', '/api/visits', { groupId: w.groupId, schoolUnitId: w.units.s1.id, ...body });

  it('the mentor plans and records a visit; the head teacher acknowledges it offline', async () => {
    const planned = await plan({ plannedFor: '2026-03-14' });
    expect(planned.statusCode, planned.body).toBe(201);
    const id = planned.json().id;
    expect(planned.json()).toMatchObject({ status: 'planned', mentorPersonId: w.people.mentor, concernIds: [] });

    // Only a visit that took place is acknowledged.
    const early = await head.send('POST', `/api/visits/${id}/acknowledge`, { comment: 'Thanks' });
    expect(early.statusCode).toBe(409);

    const recorded = await mentor.send('POST', `/api/visits/${id}/record`, {
      teacherPersonIds: [w.extra.teacherA],
      supportGiven: '  Co-planned a phonics lesson with the grade 2 teacher.  ',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().visit).toMatchObject({
      status: 'done',
      doneAt: '2026-03-15T09:00:00.000Z',
      teacherPersonIds: [w.extra.teacherA],
    });
    expect(recorded.json().note.supportGiven).toBe('Co-planned a phonics lesson with the grade 2 teacher.');

    // The head teacher acknowledges from their phone: a sync push, as offline.
    const push = await head.send('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [{ id: 1, name: 'visit.acknowledge', args: { id, comment: 'The teachers found it useful.' } }],
    });
    expect(push.statusCode, push.body).toBe(200);
    expect(push.json().results[0].status).toBe('applied');

    const headDevice = await pullAll(head);
    expect(headDevice.visits?.find((v) => v.id === id)).toMatchObject({
      status: 'done',
      acknowledgedByPersonId: w.people.head,
    });
    expect(headDevice.visitAcknowledgements?.find((a) => a.id === id)).toMatchObject({
      comment: 'The teachers found it useful.',
    });
    const mentorDevice = await pullAll(mentor);
    expect(mentorDevice.visitAcknowledgements?.find((a) => a.id === id)?.comment).toBe('The teachers found it useful.');
    expect(mentorDevice.visitNotes?.find((n) => n.id === id)?.supportGiven).toMatch(/phonics/);

    // The head teacher changes their comment; the mentor corrects the record, the first time kept.
    const again = await head.send('POST', `/api/visits/${id}/acknowledge`, { comment: 'Please come again.' });
    expect(again.json().acknowledgement).toMatchObject({ comment: 'Please come again.', headPersonId: w.people.head });
    const corrected = await mentor.send('POST', `/api/visits/${id}/record`, {
      teacherPersonIds: [w.extra.teacherA],
      supportGiven: 'Co-planned a phonics lesson; modelled blending.',
    });
    expect(corrected.json().visit.doneAt).toBe('2026-03-15T09:00:00.000Z');
    expect((await mentor.get(`/api/visits/${id}/note`)).json().supportGiven).toMatch(/blending/);
    expect((await mentor.get(`/api/visits/${id}/acknowledgement`)).json().comment).toBe('Please come again.');

    // Recorded: no longer moved or cancelled.
    expect((await mentor.send('POST', `/api/visits/${id}/cancel`)).statusCode).toBe(409);
    expect((await mentor.send('PATCH', `/api/visits/${id}`, { plannedFor: '2026-03-20' })).statusCode).toBe(409);
  });

  it('refuses a school outside the cluster and teachers who are not the cluster’s at that school', async () => {
    const far = await plan({ schoolUnitId: w.units.s3.id, plannedFor: '2026-03-20' });
    expect(far.statusCode).toBe(400);
    expect(far.json().error.details).toEqual([{ path: 'schoolUnitId', message: 'not a school of this cluster' }]);

    const id = (await plan({ plannedFor: '2026-03-20' })).json().id;
    // The mentee teaches at s2, the outsider in another cluster: neither was seen at s1.
    const wrong = await mentor.send('POST', `/api/visits/${id}/record`, {
      teacherPersonIds: [w.extra.teacherA, w.people.mentee, w.people.outsider],
      supportGiven: 'Demonstration lesson',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'teacherPersonIds.1',
      'teacherPersonIds.2',
    ]);
    // Not to another school: the first school's head teacher holds it already (cancel and plan anew).
    expect((await mentor.send('PATCH', `/api/visits/${id}`, { schoolUnitId: w.units.s2.id })).statusCode).toBe(400);
    const moved = await mentor.send('PATCH', `/api/visits/${id}`, { plannedFor: '2026-03-22' });
    expect(moved.json().plannedFor).toBe('2026-03-22');
    const cancelled = await mentor.send('POST', `/api/visits/${id}/cancel`);
    expect(cancelled.json().status).toBe('cancelled');
    const late = await mentor.send('POST', `/api/visits/${id}/record`, {
      teacherPersonIds: [w.extra.teacherA],
      supportGiven: 'x',
    });
    expect(late.statusCode).toBe(409);
  });

  it('another cluster’s mentor and the head teacher cannot plan or record; the mentor cannot acknowledge', async () => {
    const other = await w.login('otherMentor');
    const refused = await other.send('POST', '/api/visits', {
      groupId: w.groupId,
      schoolUnitId: w.units.s1.id,
      plannedFor: '2026-03-20',
    });
    expect(refused.statusCode).toBe(404);
    const id = (await plan({ plannedFor: '2026-03-21' })).json().id;
    const byHead = await head.send('POST', `/api/visits/${id}/record`, {
      teacherPersonIds: [w.extra.teacherA],
      supportGiven: 'x',
    });
    expect(byHead.statusCode).toBe(403);
    expect((await other.send('POST', `/api/visits/${id}/cancel`)).statusCode).toBe(404);
    await mentor.send('POST', `/api/visits/${id}/record`, { teacherPersonIds: [w.extra.teacherA], supportGiven: 'x' });
    expect((await mentor.send('POST', `/api/visits/${id}/acknowledge`, { comment: null })).statusCode).toBe(403);

    // A co-mentor of the cluster plans and records visits, but never rewrites another mentor's note.
    await w.cmd('group.addMember', {
      groupId: w.groupId,
      personId: w.extra.otherMentor,
      role: 'mentor',
      startDate: '2026-01-01',
    });
    const coMentor = await w.login('otherMentor');
    const rewrite = await coMentor.send('POST', `/api/visits/${id}/record`, {
      teacherPersonIds: [w.extra.teacherA],
      supportGiven: 'Overwritten',
    });
    expect(rewrite.statusCode).toBe(404);
    expect((await coMentor.get(`/api/visits/${id}/note`)).statusCode).toBe(404);
    expect((await mentor.get(`/api/visits/${id}/note`)).json().supportGiven).toBe('x');
    const own = await coMentor.send('POST', '/api/visits', {
      groupId: w.groupId,
      schoolUnitId: w.units.s1.id,
      plannedFor: '2026-03-23',
    });
    expect(own.statusCode).toBe(201);
  });

  it('counts overdue visits by school for the district officer, figures only', async () => {
    const overdue = newId();
    const offline = await mentor.send('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [
        {
          id: 1,
          name: 'visit.plan',
          args: { id: overdue, groupId: w.groupId, schoolUnitId: w.units.s2.id, plannedFor: '2026-03-02' },
        },
      ],
    });
    expect(offline.json().results[0].status).toBe('applied');
    await plan({ schoolUnitId: w.units.s2.id, plannedFor: '2026-04-02' });

    const officer = await w.login('officer');
    const counts = await officer.get(`/api/org-units/${w.units.d1.id}/visit-counts`);
    expect(counts.statusCode, counts.body).toBe(200);
    const s2 = counts.json().schools.find((s: { unitId: string }) => s.unitId === w.units.s2.id);
    expect(s2).toEqual({
      unitId: w.units.s2.id,
      name: 'GGPS Uthal 2',
      planned: 2,
      done: 0,
      overdue: 1,
      acknowledged: 0,
    });
    expect(counts.json()).toMatchObject({ asOf: '2026-03-15', overdue: 1 });
    // No content and no names ride along with the figures.
    expect(counts.body).not.toMatch(/phonics|teacherA|mentor person/);
    const other = await w.login('otherOfficer');
    expect((await other.get(`/api/org-units/${w.units.d1.id}/visit-counts`)).statusCode).toBe(404);
  });
});
