import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../../test/world';
import { ITEMS, scheduleObservation, viewObservation } from './test-observations';

/** The cycle's rules that look beyond a command's input (cycle-rules.ts), found by the issue 8 probes. */
describe('observations: the rules of the cycle', () => {
  let w: World;
  let mentor: Client;
  let mentee: Client;
  let admin: Client;
  beforeAll(async () => {
    w = await makeWorld();
    [mentor, mentee, admin] = await Promise.all([w.as('mentor'), w.as('mentee'), w.as('admin')]);
  });
  afterAll(() => w.close());

  const schedule = (c: Client, body: Record<string, unknown> = {}) => scheduleObservation(w, c, body);
  const view = (c: Client, id: string) => viewObservation(c, id);

  it('keeps a closed conference as agreed and refuses what the probe slipped through (issue 8 probe, findings 4, 7, 8)', async () => {
    const id = (await schedule(mentor)).json().id;
    const future = await mentor.send('POST', `/api/observations/${id}/record`, {
      observedAt: '2030-01-01T00:00:00.000Z',
    });
    expect(future.statusCode).toBe(400);
    // The runner's clock check for every command date (issue 10, kind 6) answers first.
    expect(future.json().error.details).toEqual([
      {
        path: 'observedAt',
        message: "is in the future: check the date and time of the phone (the server's date is 2026-03-15)",
      },
    ]);
    expect((await mentor.send('POST', `/api/observations/${id}/record`, { classSize: 25 })).statusCode).toBe(200);
    const crowd = await mentor.send('POST', `/api/observations/${id}/responses`, {
      itemKey: 'engagement-time-on-task',
      value: { onTask: 40, offTask: 5, at: '2026-03-15T09:10:00.000Z' },
    });
    expect(crowd.statusCode, crowd.body).toBe(400);
    expect(crowd.json().error.details).toEqual([{ path: 'value', message: '45 students, the class has 25' }]);

    await mentee.send('POST', `/api/observations/${id}/self-reflection`, { selfReflection: 'First thoughts' });
    await mentor.send('POST', `/api/observations/${id}/reflection`, { observerReflection: 'Answering them' });
    // The observer answered the self-reflection: rewriting it now would change what they answered.
    const rewrite = await mentee.send('POST', `/api/observations/${id}/self-reflection`, { selfReflection: 'Changed' });
    expect(rewrite.statusCode).toBe(409);
    const stepId = '019b76da-a800-76ea-a1d8-0000000000aa';
    const dupes = await mentee.send('POST', `/api/observations/${id}/next-steps`, {
      nextSteps: [
        { id: stepId, title: 'One', dueDate: '2026-04-01' },
        { id: stepId, title: 'Two', dueDate: '2026-04-02' },
      ],
    });
    expect(dupes.statusCode).toBe(400);
    expect(dupes.json().error.details).toEqual([{ path: 'nextSteps.1.id', message: 'the same id as nextSteps.0.id' }]);
    const closed = await mentee.send('POST', `/api/observations/${id}/next-steps`, {
      nextSteps: [{ title: 'Try a timer', dueDate: '2026-04-01' }],
    });
    expect(closed.statusCode, closed.body).toBe(200);
    for (const [c, path, body] of [
      [mentor, 'reflection', { observerReflection: 'changed after close' }],
      [mentee, 'self-reflection', { selfReflection: 'changed after close' }],
    ] as const)
      expect((await c.send('POST', `/api/observations/${id}/${path}`, body)).statusCode).toBe(409);
    const details = (await view(mentee, id)).content.details;
    expect([details.selfReflection, details.observerReflection]).toEqual(['First thoughts', 'Answering them']);
  });

  it("a peer observation is the observed teacher's invitation, and a need names one of the program's need areas (findings 9, 3)", async () => {
    // A second mentee in the group: a peer of the world's mentee.
    const added = await admin.send('POST', `/api/groups/${w.groupId}/members`, {
      personId: w.people.outsider,
      role: 'mentee',
      startDate: '2026-01-01',
    });
    expect(added.statusCode, added.body).toBe(201);
    const peerBody = {
      groupId: w.groupId,
      observerPersonId: w.people.mentee,
      observedPersonId: w.people.outsider,
      direction: 'peer',
      scheduledFor: '2026-03-20T08:00:00.000Z',
    };
    const uninvited = await mentee.send('POST', '/api/observations', peerBody);
    expect(uninvited.statusCode).toBe(403);
    const invited = await (await w.as('outsider')).send('POST', '/api/observations', peerBody);
    expect(invited.statusCode, invited.body).toBe(201);
    const banana = await mentor.send('POST', '/api/needs', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      level: 'basic',
      areaKey: 'banana-split',
      source: 'meeting',
      description: 'x',
    });
    expect(banana.statusCode).toBe(400);
    expect(banana.json().error.details[0].path).toBe('areaKey');
  });

  it('a class size smaller than a snapshot already taken is refused (issue 8 re-probe, finding 6)', async () => {
    const id = (await schedule(mentor)).json().id;
    const snap = await mentor.send('POST', `/api/observations/${id}/responses`, {
      itemKey: 'engagement-time-on-task',
      value: { onTask: 10, offTask: 5, at: '2026-03-15T09:10:00.000Z' },
    });
    expect(snap.statusCode, snap.body).toBe(201);
    const small = await mentor.send('POST', `/api/observations/${id}/record`, { classSize: 3 });
    expect(small.statusCode).toBe(400);
    expect(small.json().error.details).toEqual([{ path: 'classSize', message: 'a snapshot counts 15 students' }]);
    expect((await mentor.send('POST', `/api/observations/${id}/record`, { classSize: 20 })).statusCode).toBe(200);
  });

  it('the focus names only needs the writer can read (issue 8 re-probe, finding 4)', async () => {
    const id = (await schedule(mentor)).json().id;
    const privateNeed = await mentor.send('POST', '/api/needs', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      level: 'basic',
      areaKey: 'assessment',
      source: 'observation',
      description: 'My own note before we talk',
      visibility: 'author',
    });
    expect(privateNeed.statusCode, privateNeed.body).toBe(201);
    const focus = await mentee.send('POST', `/api/observations/${id}/focus`, {
      focusItemKeys: [ITEMS.scale],
      focusNeedIds: [privateNeed.json().id],
    });
    expect(focus.statusCode).toBe(400);
    expect(focus.json().error.details).toEqual([
      { path: 'focusNeedIds.0', message: 'not an open need of the observed teacher' },
    ]);
  });
});
