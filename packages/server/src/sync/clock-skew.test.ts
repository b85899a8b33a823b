import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../test/world';
import { newId } from '../clock';

/**
 * Issue 10, kind 6 — a phone whose clock is a year ahead: its push says so, and what it dated by
 * its own clock is refused with the reason kept for "Changes not accepted". World clock: 2026-03-15.
 */
describe('a phone whose clock is wrong', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  const yearAhead = '2027-03-15T09:00:00.000Z';

  it('is told by how much its clock is off, on push and on pull', async () => {
    const admin = await w.as('admin');
    const clientId = newId();
    const push = await admin.send('POST', '/api/sync/push', { clientId, mutations: [], deviceTime: yearAhead });
    expect(push.statusCode, push.body).toBe(200);
    expect(push.json().clockSkewSeconds).toBe(365 * 86_400);
    const pull = await admin.get(`/api/sync/pull?clientId=${clientId}&deviceTime=2026-03-15T08:40:00.000Z`);
    expect(pull.json().clockSkewSeconds).toBe(-1200);
    const fine = await admin.get(`/api/sync/pull?clientId=${clientId}&deviceTime=2026-03-15T09:01:00.000Z`);
    expect(fine.json()).not.toHaveProperty('clockSkewSeconds');
  });

  it('has a mentee "starting today" by its clock refused, the reason kept, and nothing applied', async () => {
    const admin = await w.as('admin');
    const clientId = newId();
    const person = await admin.send('POST', '/api/persons', { programId: w.programId, fullName: 'Future Mentee' });
    const mutations = [
      {
        id: 1,
        name: 'group.addMember',
        args: { groupId: w.groupId, personId: person.json().id, role: 'mentee', startDate: '2027-03-15' },
      },
    ];
    const push = await admin.send('POST', '/api/sync/push', { clientId, mutations, deviceTime: yearAhead });
    expect(push.json().results).toEqual([
      {
        id: 1,
        status: 'rejected',
        error: {
          code: 'validation_failed',
          message: 'A date of the command cannot be right',
          details: [
            {
              path: 'startDate',
              message:
                "is more than 183 days ahead: check the date and time of the phone (the server's date is 2026-03-15)",
            },
          ],
        },
      },
    ]);
    const pull = await admin.get(`/api/sync/pull?clientId=${clientId}&pending=1`);
    expect(pull.json().rejected.map((r: { id: number; name: string }) => [r.id, r.name])).toEqual([
      [1, 'group.addMember'],
    ]);
    const group = await admin.get(`/api/groups/${w.groupId}`);
    expect(JSON.stringify(group.json())).not.toContain(person.json().id);
  });

  it('refuses the same over REST, and accepts a date a few minutes ahead (network and drift)', async () => {
    const mentor = await w.as('mentor');
    const at = (iso: string) =>
      mentor.send('POST', `/api/groups/${w.groupId}/meetings`, {
        kind: 'cluster_meeting',
        title: 'Clock check',
        scheduledFor: iso,
        durationMinutes: 60,
      });
    const tooFar = await at('2029-01-01T09:00:00.000Z');
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().error.details[0]).toMatchObject({ path: 'scheduledFor' });
    const meeting = await at('2026-03-20T09:00:00.000Z');
    expect(meeting.statusCode, meeting.body).toBe(201);
    const held = (heldAt: string) => mentor.send('POST', `/api/meetings/${meeting.json().id}/held`, { heldAt });
    expect((await held('2026-03-16T09:00:00.000Z')).statusCode).toBe(400);
    expect((await held('2026-03-15T09:05:00.000Z')).statusCode).toBe(200);
  });
});
