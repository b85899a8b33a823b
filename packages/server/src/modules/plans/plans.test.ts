import { randomUUID } from 'node:crypto';
import type { Mutation } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanWorld, type PlanWorld } from '../../../test/plan-world';
import type { Client } from '../../../test/world';
import { newId } from '../../clock';

type Change = { t: string; id: string; d?: Record<string, unknown> };
const PLAN_TABLES = ['needs', 'goals', 'actions', 'actionReviews'];

/** Every plan row a fresh device of `c` receives, by table. */
async function pulledPlanRows(c: Client): Promise<Record<string, string[]>> {
  const res = await c.get(`/api/sync/pull?clientId=${randomUUID()}&cursor=0`);
  expect(res.statusCode, res.body).toBe(200);
  const out: Record<string, string[]> = {};
  for (const ch of res.json().changes as Change[])
    if (PLAN_TABLES.includes(ch.t) && ch.d) out[ch.t] = [...(out[ch.t] ?? []), ch.id];
  return out;
}

describe('plans: needs → goal → actions → reviews, for the pair only', () => {
  let w: PlanWorld;
  let mentor: Client;
  let mentee: Client;
  const ids = { module: '', need: '', goal: '', late: '', later: '', review: '' };

  beforeAll(async () => {
    w = await makePlanWorld();
    mentor = await w.as('mentor');
    mentee = await w.as('mentee');
  });
  afterAll(() => w.close());

  it('an admin adds a training module; members of the program read the catalogue', async () => {
    const res = await (await w.as('admin')).send('POST', `/api/programs/${w.programId}/training-modules`, {
      name: { en: 'Assessment for learning', sq: 'Vlerësimi për të nxënë' },
      sortOrder: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.module = res.json().id;
    const byMentor = await mentor.send('POST', `/api/programs/${w.programId}/training-modules`, { name: { en: 'x' } });
    expect(byMentor.statusCode).toBe(403);
    const list = await mentee.get(`/api/programs/${w.programId}/training-modules`);
    expect(list.json().items.map((m: { name: { sq: string } }) => m.name.sq)).toEqual(['Vlerësimi për të nxënë']);
  });

  it('the mentor records a need with the teacher, a goal from it, actions with owners and dates', async () => {
    const need = await mentor.send('POST', '/api/needs', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      level: 'specific',
      areaKey: 'assessment',
      source: 'meeting',
      moduleId: ids.module,
      description: 'Questions that check understanding during the lesson',
    });
    expect(need.statusCode, need.body).toBe(201);
    expect(need.json()).toMatchObject({ status: 'open', visibility: 'pair', authorPersonId: w.people.mentor });
    ids.need = need.json().id;
    const goal = await mentor.send('POST', '/api/goals', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      needIds: [ids.need],
      title: 'Use exit tickets in every maths lesson',
    });
    expect(goal.statusCode, goal.body).toBe(201);
    ids.goal = goal.json().id;
    // The world's clock says 2026-03-15: the first action is late, the second not yet due.
    const late = await mentor.send('POST', `/api/goals/${ids.goal}/actions`, {
      title: 'Prepare a test together',
      assigneePersonId: w.people.mentee,
      dueDate: '2026-03-10',
    });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json()).toMatchObject({
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      status: 'planned',
    });
    ids.late = late.json().id;
    const later = await mentee.send('POST', `/api/goals/${ids.goal}/actions`, {
      title: 'Observe a colleague using exit tickets',
      assigneePersonId: w.people.mentor,
      dueDate: '2026-04-01',
    });
    expect(later.statusCode, later.body).toBe(201);
    ids.later = later.json().id;
  });

  it('both of the pair update an action; the teacher reviews it with evidence', async () => {
    const started = await mentee.send('PATCH', `/api/actions/${ids.later}`, { status: 'in_progress' });
    expect(started.statusCode, started.body).toBe(200);
    const moved = await mentor.send('PATCH', `/api/actions/${ids.later}`, { dueDate: '2026-04-08' });
    expect(moved.json()).toMatchObject({ status: 'in_progress', dueDate: '2026-04-08' });

    const uploadId = newId();
    await mentee.send('POST', '/api/uploads', {
      id: uploadId,
      filename: 'test.pdf',
      contentType: 'application/pdf',
      size: 4,
    });
    await w.app.inject({
      method: 'PATCH',
      url: `/api/uploads/${uploadId}`,
      cookies: mentee.cookies,
      headers: {
        'x-csrf-token': mentee.csrfToken,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
      },
      payload: Buffer.from('%PDF'),
    });
    const review = await mentee.send('POST', `/api/actions/${ids.later}/reviews`, {
      text: 'Tried exit tickets in 5B; half the class answered the second question.',
      uploadIds: [uploadId],
    });
    expect(review.statusCode, review.body).toBe(201);
    expect(review.json().uploadIds).toEqual([uploadId]);
    ids.review = review.json().id;
    const linked = await w.handle.db
      .selectFrom('uploads')
      .select('linkedAt')
      .where('id', '=', uploadId)
      .executeTakeFirst();
    expect(linked?.linkedAt).not.toBeNull();
  });

  it('both of the pair read the plan with the overdue action flagged', async () => {
    for (const c of [mentor, mentee]) {
      const res = await c.get(`/api/persons/${w.people.mentee}/plan`);
      expect(res.statusCode, res.body).toBe(200);
      const plan = res.json();
      expect(plan.needs.map((n: { id: string }) => n.id)).toEqual([ids.need]);
      expect(plan.goals).toHaveLength(1);
      const actions = plan.goals[0].actions as { id: string; overdue: boolean; reviews: { id: string }[] }[];
      expect(actions.map((a) => [a.id, a.overdue])).toEqual([
        [ids.late, true],
        [ids.later, false],
      ]);
      expect(actions[1]?.reviews.map((r) => r.id)).toEqual([ids.review]);
      expect(plan.overdueCount).toBe(1);
    }
  });

  it('the pair receive every row of the plan in a pull', async () => {
    const expected = {
      needs: [ids.need],
      goals: [ids.goal],
      actions: [ids.late, ids.later].sort(),
      actionReviews: [ids.review],
    };
    for (const c of [mentor, mentee]) {
      const rows = await pulledPlanRows(c);
      expect({ ...rows, actions: rows.actions?.sort() }).toEqual(expected);
    }
  });

  it('officials, the program admin, another mentor and a colleague of the group get 404 and pull none of it', async () => {
    const others: [string, Client][] = [
      ['director of the mentor’s school', await w.as('head')],
      ["the teacher's head teacher", await w.asExtra('head2')],
      ['municipal officer', await w.as('officer')],
      ['program admin', await w.as('admin')],
      ['another mentor', await w.asExtra('otherMentor')],
      ['a colleague of the same group', await w.asExtra('colleague')],
    ];
    for (const [who, c] of others) {
      expect((await c.get(`/api/persons/${w.people.mentee}/plan`)).statusCode, who).toBe(404);
      expect(await pulledPlanRows(c), who).toEqual({});
      const edit = await c.send('PATCH', `/api/actions/${ids.late}`, { status: 'done' });
      expect(edit.statusCode, who).toBe(404);
      const review = await c.send('POST', `/api/actions/${ids.late}/reviews`, { text: 'done' });
      expect(review.statusCode, who).toBe(404);
    }
    const row = await w.handle.db.selectFrom('actions').select('status').where('id', '=', ids.late).executeTakeFirst();
    expect(row?.status).toBe('planned');
  });

  it('a need its author shows to the group is read by the group, and only that need', async () => {
    const shown = await mentee.send('POST', '/api/needs', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      level: 'basic',
      areaKey: 'classroom-management',
      source: 'self',
      description: 'Routines for group work — ideas welcome',
      visibility: 'group',
    });
    expect(shown.statusCode, shown.body).toBe(201);
    const colleague = await w.asExtra('colleague');
    const plan = await colleague.get(`/api/persons/${w.people.mentee}/plan`);
    expect(plan.statusCode).toBe(200);
    expect(plan.json()).toMatchObject({ needs: [{ id: shown.json().id }], goals: [], otherActions: [] });
    expect(await pulledPlanRows(colleague)).toEqual({ needs: [shown.json().id] });
    // The group reads it, but only its author chooses who sees it; the colleague cannot change it.
    expect((await colleague.send('PATCH', `/api/needs/${shown.json().id}`, { description: 'x' })).statusCode).toBe(403);
    expect((await mentor.send('PATCH', `/api/needs/${shown.json().id}`, { visibility: 'pair' })).statusCode).toBe(403);
    const officer = await w.as('officer');
    expect((await officer.get(`/api/persons/${w.people.mentee}/plan`)).statusCode).toBe(404);
  });

  it('both of the pair update and close a need and mark a goal achieved; the catalogue reaches program members only', async () => {
    const edited = await mentee.send('PATCH', `/api/needs/${ids.need}`, { level: 'intermediate', moduleId: null });
    expect(edited.json()).toMatchObject({ level: 'intermediate', moduleId: null, description: expect.any(String) });
    const closed = await mentor.send('POST', `/api/needs/${ids.need}/close`);
    expect(closed.json()).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const achieved = await mentee.send('PATCH', `/api/goals/${ids.goal}`, { status: 'achieved' });
    expect(achieved.json()).toMatchObject({ status: 'achieved', needIds: [ids.need] });

    const modulesOf = async (c: Client) => {
      const res = await c.get(`/api/sync/pull?clientId=${randomUUID()}&cursor=0`);
      return (res.json().changes as Change[]).filter((ch) => ch.t === 'trainingModules').map((ch) => ch.id);
    };
    expect(await modulesOf(mentee)).toEqual([ids.module]);
    expect(await modulesOf(await w.as('otherAdmin'))).toEqual([]);
  });

  it('refuses bad input with the error shape, never a 500, and writes nothing', async () => {
    const count = async () => {
      const n = await w.handle.db
        .selectFrom('needs')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const a = await w.handle.db
        .selectFrom('actions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return [Number(n.n), Number(a.n)];
    };
    const before = await count();
    const need = {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      level: 'basic',
      areaKey: 'assessment',
      source: 'self',
      description: 'ok',
    };
    const colleague = await w.asExtra('colleague');
    const cases: [Client, 'POST' | 'PATCH', string, unknown, number, string][] = [
      [mentor, 'POST', '/api/needs', { ...need, level: 'advanced' }, 400, 'validation_failed'],
      [mentor, 'POST', '/api/needs', { ...need, description: 'a\u0000b' }, 400, 'validation_failed'],
      [mentor, 'POST', '/api/needs', { ...need, partnerPersonId: w.people.mentee }, 400, 'validation_failed'],
      [mentor, 'POST', '/api/needs', { ...need, ownerPersonId: w.people.outsider }, 400, 'validation_failed'],
      [mentor, 'POST', '/api/needs', { ...need, moduleId: randomUUID() }, 400, 'validation_failed'],
      [colleague, 'POST', '/api/needs', need, 403, 'forbidden'],
      // A colleague is not the partner of a teacher's plan: the mentor is.
      [
        colleague,
        'POST',
        '/api/needs',
        { ...need, ownerPersonId: w.extra.colleague, partnerPersonId: w.people.mentee },
        400,
        'validation_failed',
      ],
      [mentor, 'POST', '/api/needs', { ...need, groupId: w.extra.otherGroupId }, 404, 'not_found'],
      [
        mentor,
        'POST',
        `/api/goals/${ids.goal}/actions`,
        { title: 'x', assigneePersonId: w.extra.colleague, dueDate: '2026-04-01' },
        400,
        'validation_failed',
      ],
      [
        mentor,
        'POST',
        `/api/goals/${ids.goal}/actions`,
        { title: 'x', assigneePersonId: w.people.mentee, dueDate: '01/04/2026' },
        400,
        'validation_failed',
      ],
      [
        mentor,
        'POST',
        `/api/goals/${randomUUID()}/actions`,
        { title: 'x', assigneePersonId: w.people.mentee, dueDate: '2026-04-01' },
        404,
        'not_found',
      ],
      [mentor, 'PATCH', `/api/actions/${ids.late}`, { status: 'finished' }, 400, 'validation_failed'],
      [mentor, 'POST', `/api/actions/${ids.late}/reviews`, { text: 'x', uploadIds: [randomUUID()] }, 404, 'not_found'],
      [mentor, 'POST', '/api/goals', { ...need, needIds: [randomUUID()], title: 'x' }, 400, 'validation_failed'],
    ];
    for (const [c, method, url, body, status, code] of cases) {
      const res = await c.send(method, url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)} → ${res.body}`).toBe(status);
      expect(res.json().error).toMatchObject({ code, message: expect.any(String), details: expect.any(Array) });
    }
    expect((await mentor.get(`/api/persons/not-a-uuid/plan`)).statusCode).toBe(400);
    expect(await count()).toEqual(before);
  });
});

describe('plans over sync push and pull', () => {
  let w: PlanWorld;
  beforeAll(async () => {
    w = await makePlanWorld();
  });
  afterAll(() => w.close());

  const push = async (c: Client, clientId: string, mutations: Mutation[]) => {
    const res = await c.send('POST', '/api/sync/push', { clientId, mutations });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().results as { status: string; error?: { code: string } }[];
  };

  it("the mentor's offline work reaches the teacher's device, the teacher's update reaches the mentor's", async () => {
    const mentor = await w.as('mentor');
    const mentee = await w.as('mentee');
    const [needId, goalId, actionId, reviewId] = [newId(), newId(), newId(), newId()];
    const pair = { groupId: w.groupId, ownerPersonId: w.people.mentee, partnerPersonId: w.people.mentor };
    const mentorDevice = randomUUID();
    const applied = await push(mentor, mentorDevice, [
      {
        id: 1,
        name: 'need.record',
        args: {
          id: needId,
          ...pair,
          level: 'basic',
          areaKey: 'assessment',
          source: 'observation',
          description: 'Wait time after questions',
        },
      },
      { id: 2, name: 'goal.create', args: { id: goalId, ...pair, needIds: [needId], title: 'Wait five seconds' } },
      {
        id: 3,
        name: 'action.add',
        args: {
          id: actionId,
          goalId,
          title: 'Count to five before taking answers',
          assigneePersonId: w.people.mentee,
          dueDate: '2026-03-01',
        },
      },
    ]);
    expect(applied.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);

    const menteeDevice = randomUUID();
    const pulled = await mentee.get(`/api/sync/pull?clientId=${menteeDevice}&cursor=0`);
    const action = (pulled.json().changes as Change[]).find((c) => c.id === actionId);
    expect(action?.d).toMatchObject({
      goalId,
      assigneePersonId: w.people.mentee,
      dueDate: '2026-03-01',
      status: 'planned',
    });

    const results = await push(mentee, menteeDevice, [
      { id: 1, name: 'action.update', args: { id: actionId, status: 'done' }, base: { status: 'planned' } },
      { id: 2, name: 'action.review', args: { id: reviewId, actionId, text: 'Students answered more fully.' } },
      // A colleague's plan is not the teacher's to write: refused, the rest still applied.
      {
        id: 3,
        name: 'need.record',
        args: {
          ...pair,
          ownerPersonId: w.extra.colleague,
          partnerPersonId: w.people.mentor,
          level: 'basic',
          areaKey: 'assessment',
          source: 'self',
          description: 'x',
        },
      },
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(results[2]?.error?.code).toBe('forbidden');

    const back = (await mentor.get(`/api/sync/pull?clientId=${mentorDevice}&cursor=0`)).json().changes as Change[];
    expect(back.find((c) => c.id === actionId)?.d).toMatchObject({ status: 'done' });
    expect(back.find((c) => c.id === reviewId)?.d).toMatchObject({
      text: 'Students answered more fully.',
      authorPersonId: w.people.mentee,
    });
    // Done is not overdue, for either of them.
    const plan = (await mentor.get(`/api/persons/${w.people.mentee}/plan`)).json();
    expect(plan.overdueCount).toBe(0);
  });

  it('keeps a conflict copy when both of the pair retitle an action offline', async () => {
    const mentor = await w.as('mentor');
    const mentee = await w.as('mentee');
    const plan = (await mentee.get(`/api/persons/${w.people.mentee}/plan`)).json();
    const action = plan.goals[0].actions[0] as { id: string; title: string };
    await push(mentor, randomUUID(), [
      {
        id: 1,
        name: 'action.update',
        args: { id: action.id, title: 'Count to five, then ask a second student' },
        base: { title: action.title },
      },
    ]);
    const res = await push(mentee, randomUUID(), [
      {
        id: 1,
        name: 'action.update',
        args: { id: action.id, title: 'Count to five silently' },
        base: { title: action.title },
      },
    ]);
    expect(res[0]?.status).toBe('applied');
    const copies = await w.handle.db
      .selectFrom('conflictCopies')
      .selectAll()
      .where('recordId', '=', action.id)
      .execute();
    expect(copies.map((c) => c.field)).toEqual(['title']);
  });
});
