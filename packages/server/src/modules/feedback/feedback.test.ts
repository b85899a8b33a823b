import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../clock';
import { cleanup } from '../../jobs/cleanup';
import { type FeedbackWorld, makeFeedbackWorld } from './test-feedback-world';

/** Giving feedback and reading it (ADR 0022), through REST and the sync push, on both engines. */
describe('feedback', () => {
  let w: FeedbackWorld;
  beforeAll(async () => {
    w = await makeFeedbackWorld();
  });
  afterAll(() => w.close());

  const give = async (n: number, rating: number, comment?: string, meetingId = w.meetingId) =>
    (await w.teacher(n)).send('POST', `/api/meetings/${meetingId}/feedback`, {
      rating,
      ...(comment ? { comment } : {}),
    });
  const aggregate = async (who: Parameters<FeedbackWorld['as']>[0]) =>
    (await w.as(who)).get(`/api/meetings/${w.meetingId}/feedback`);

  it('refuses who may not rate: absent (403), outside the group (404), the mentor (403), a meeting not held (403)', async () => {
    const absent = await (await w.as('mentee')).send('POST', `/api/meetings/${w.meetingId}/feedback`, { rating: 4 });
    expect(absent.statusCode).toBe(403);
    expect(absent.json().error.code).toBe('forbidden');
    const outsider = await (await w.as('outsider')).send('POST', `/api/meetings/${w.meetingId}/feedback`, {
      rating: 4,
    });
    expect(outsider.statusCode).toBe(404);
    const mentor = await (await w.as('mentor')).send('POST', `/api/meetings/${w.meetingId}/feedback`, { rating: 5 });
    expect(mentor.statusCode).toBe(403);
    expect((await give(0, 3, undefined, w.scheduledId)).statusCode).toBe(403);
    expect((await give(0, 6)).statusCode).toBe(400);
  });

  it('refuses feedback after the window closed with 409 feedback_closed', async () => {
    const res = await give(0, 4, undefined, w.oldId);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('feedback_closed');
  });

  it('takes one rating per attendee: a second one, by REST or from another device, is 409 already_rated', async () => {
    const first = await give(0, 5, 'Very useful: the group work on reading');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ meetingId: w.meetingId, rated: true });
    const again = await give(0, 1);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_rated');
    const t0 = await w.teacher(0);
    const push = await t0.send('POST', '/api/sync/push', {
      clientId: randomUUID(),
      mutations: [{ id: 1, name: 'feedback.give', args: { meetingId: w.meetingId, rating: 2 } }],
    });
    expect(push.json().results[0]).toMatchObject({ status: 'rejected', error: { code: 'already_rated' } });
  });

  it('hides the aggregate until five ratings are released; then count, mean, distribution and sorted comments', async () => {
    // Offline: teacher 1 queues the rating on the phone; it arrives by the sync push.
    const t1 = await w.teacher(1);
    const push = await t1.send('POST', '/api/sync/push', {
      clientId: randomUUID(),
      mutations: [{ id: 1, name: 'feedback.give', args: { id: undefined, meetingId: w.meetingId, rating: 4 } }],
    });
    expect(push.json().results[0].status).toBe('applied');
    await give(2, 3, 'Too long');
    await give(3, 4);
    const four = await aggregate('mentor');
    expect(four.statusCode).toBe(200);
    expect(four.json()).toEqual({
      meetingId: w.meetingId,
      threshold: 5,
      shown: false,
      count: null,
      mean: null,
      distribution: null,
      comments: [],
    });
    expect((await give(4, 2, 'Aaa, more examples please')).statusCode).toBe(201);
    const five = await aggregate('mentor');
    expect(five.json()).toEqual({
      meetingId: w.meetingId,
      threshold: 5,
      shown: true,
      count: 5,
      mean: 3.6,
      distribution: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 },
      comments: ['Aaa, more examples please', 'Too long', 'Very useful: the group work on reading'],
    });
  });

  it('lets the mentor, program admin, district officer of the scope and system admin read it; not teachers or the head', async () => {
    for (const who of ['mentor', 'admin', 'officer', 'sysadmin'] as const)
      expect((await aggregate(who)).json().count, who).toBe(5);
    expect((await (await w.teacher(0)).get(`/api/meetings/${w.meetingId}/feedback`)).statusCode).toBe(403);
    // The head teacher of S1 reads meetings of their school's subtree only: a cluster's is not found.
    expect((await aggregate('head')).statusCode).toBe(404);
    expect((await aggregate('otherOfficer')).statusCode).toBe(404);
    expect((await aggregate('outsider')).statusCode).toBe(404);
  });

  it('per program: the groups in scope, counting only meetings with at least five ratings', async () => {
    const read = async (who: Parameters<FeedbackWorld['as']>[0]) =>
      (await w.as(who)).get(`/api/programs/${w.programId}/feedback`);
    const admin = (await read('admin')).json();
    expect(admin.groups).toEqual([
      {
        groupId: w.groupId,
        groupName: 'Uthal cluster group',
        mentorNames: ['mentor person'],
        meetings: 1,
        count: 5,
        mean: 3.6,
        distribution: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 },
      },
    ]);
    expect((await read('mentor')).json().groups).toHaveLength(1);
    expect((await read('officer')).json().groups).toHaveLength(1);
    expect((await read('otherOfficer')).json().groups).toEqual([]);
    expect((await read('mentee')).json().groups).toEqual([]);
    expect((await read('otherAdmin')).statusCode).toBe(404);
  });

  it('keeps attendance as it was once anyone has rated: marking one more teacher present is refused', async () => {
    const mentor = await w.as('mentor');
    const entries = w.teachers.map((personId) => ({ personId, present: true, hours: 2 }));
    const changed = await mentor.send('POST', `/api/meetings/${w.meetingId}/attendance`, { entries });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.message).toMatch(/once attendees have given feedback/);
  });

  it('discards, at closing, a remainder under five after a summary was shown: it would single out late raters', async () => {
    expect((await give(5, 1)).statusCode).toBe(201);
    expect((await aggregate('mentor')).json().count).toBe(5);
    const later: Clock = { now: () => new Date('2026-03-25T00:00:00.000Z') };
    expect((await cleanup(w.handle.db, later)).feedback).toBe(0);
    const after = await aggregate('mentor');
    expect(after.json()).toMatchObject({ count: 5 });
    expect(await w.handle.db.selectFrom('feedbackPending').selectAll().execute()).toEqual([]);
  });
});
