import { defaultLessonObservationInstrument } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../../test/world';
import { counts, ITEMS, pullAll, push, scheduleObservation, viewObservation } from './test-observations';

describe('observations: instruments and the observation cycle', () => {
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

  it('gives every new program the default lesson-observation instrument, version 1 published', async () => {
    const res = await mentee.get(`/api/instruments?programId=${w.programId}`);
    expect(res.statusCode).toBe(200);
    const [instrument] = res.json().items;
    expect(instrument.name.sq).toBe('Vëzhgimi i orës mësimore');
    expect(instrument.versions).toEqual([expect.objectContaining({ number: 1, frozenAt: null })]);
    const v1 = (await mentee.get(`/api/instruments/${instrument.id}/versions/1`)).json();
    expect(v1.definition).toEqual(defaultLessonObservationInstrument);
  });

  it('runs a whole mentor → mentee cycle, showing both people what is due next', async () => {
    const s = await schedule(mentor);
    expect(s.statusCode, s.body).toBe(201);
    const id = s.json().id;
    expect((await view(mentee, id)).cycle).toMatchObject({ dueNext: 'agree_focus', who: 'both' });

    // The pre-observation conference starts from the teacher's open needs.
    const need = await mentor.send('POST', '/api/needs', {
      groupId: w.groupId,
      ownerPersonId: w.people.mentee,
      partnerPersonId: w.people.mentor,
      level: 'specific',
      areaKey: 'curriculum-planning',
      source: 'meeting',
      description: 'Lessons run out of time before the plenary',
    });
    expect(need.statusCode, need.body).toBe(201);
    const notTheirs = await mentee.send('POST', `/api/observations/${id}/focus`, {
      focusItemKeys: [ITEMS.scale],
      focusNeedIds: [id],
    });
    expect(notTheirs.statusCode).toBe(400);
    expect(notTheirs.json().error.details).toEqual([
      { path: 'focusNeedIds.0', message: 'not an open need of the observed teacher' },
    ]);
    const focus = await mentee.send('POST', `/api/observations/${id}/focus`, {
      focusItemKeys: [ITEMS.scale, ITEMS.ypn],
      focusNeedIds: [need.json().id],
    });
    expect(focus.json().status).toBe('pre_conference_done');
    expect((await view(mentor, id)).cycle).toMatchObject({ dueNext: 'observe', personIds: [w.people.mentor] });

    expect(
      (await mentor.send('POST', `/api/observations/${id}/responses`, { itemKey: ITEMS.scale, value: 3 })).statusCode,
    ).toBe(201);
    const again = await mentor.send('POST', `/api/observations/${id}/responses`, {
      itemKey: ITEMS.scale,
      value: 4,
      comment: 'Clear steps from the warm-up to group work',
    });
    expect(again.json()).toMatchObject({ value: 4, itemType: 'scale_1_4' });
    await mentor.send('POST', `/api/observations/${id}/responses`, { itemKey: ITEMS.ypn, value: 'partly' });
    const note = await mentor.send('POST', `/api/observations/${id}/notes`, {
      at: '2026-03-14T08:12:00.000Z',
      text: 'Pupils read aloud in pairs',
    });
    expect(note.statusCode).toBe(201);
    const rec = await mentor.send('POST', `/api/observations/${id}/record`, {
      subject: 'Albanian language',
      grade: '4',
      topic: 'Reading a fable',
      classSize: 24,
    });
    expect(rec.json()).toMatchObject({ status: 'observed', observedAt: '2026-03-15T09:00:00.000Z' });
    expect((await view(mentor, id)).cycle).toMatchObject({ dueNext: 'self_reflect', personIds: [w.people.mentee] });

    const early = await mentor.send('POST', `/api/observations/${id}/reflection`, {
      observerReflection: 'Strong start',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/teacher reflects first/);
    expect((await view(mentor, id)).content.details.observerReflection).toBeNull();

    expect(
      (await mentor.send('POST', `/api/observations/${id}/self-reflection`, { selfReflection: 'x' })).statusCode,
    ).toBe(403);
    const self = await mentee.send('POST', `/api/observations/${id}/self-reflection`, {
      selfReflection: 'The pairs worked; the last ten minutes were rushed.',
    });
    expect(self.statusCode, self.body).toBe(200);
    expect((await view(mentor, id)).cycle).toMatchObject({ dueNext: 'observer_reflect' });
    expect(
      (await mentor.send('POST', `/api/observations/${id}/reflection`, { observerReflection: 'Pairs read with care.' }))
        .statusCode,
    ).toBe(200);
    expect((await view(mentee, id)).cycle).toMatchObject({ dueNext: 'agree_next_steps', who: 'both' });

    const steps = await mentee.send('POST', `/api/observations/${id}/next-steps`, {
      nextSteps: [
        { title: 'Plan the plenary with a timer', dueDate: '2026-04-01' },
        { title: 'Observe the mentor reading', dueDate: '2026-04-15' },
      ],
    });
    expect(steps.statusCode, steps.body).toBe(200);
    expect(steps.json().status).toBe('post_conference_done');
    // The agreed next steps are now actions in the teacher's plan, for both of the pair to see.
    type Planned = { title: string; dueDate: string; observationId: string; assigneePersonId: string };
    for (const who of [mentee, mentor]) {
      const plan = (await who.get(`/api/persons/${w.people.mentee}/plan`)).json();
      expect(plan.otherActions.map((a: Planned) => [a.title, a.dueDate, a.observationId, a.assigneePersonId])).toEqual([
        ['Plan the plenary with a timer', '2026-04-01', id, w.people.mentee],
        ['Observe the mentor reading', '2026-04-15', id, w.people.mentee],
      ]);
    }

    const done = await view(mentee, id);
    expect(done.cycle).toMatchObject({ stage: 'post_conference_done', dueNext: null });
    expect(done.content.details).toMatchObject({
      focusItemKeys: [ITEMS.scale, ITEMS.ypn],
      focusNeedIds: [expect.any(String)],
      subject: 'Albanian language',
      classSize: 24,
      selfReflection: 'The pairs worked; the last ten minutes were rushed.',
      observerReflection: 'Pairs read with care.',
      nextSteps: [
        { title: 'Plan the plenary with a timer', dueDate: '2026-04-01', actionId: expect.any(String) },
        { title: 'Observe the mentor reading', dueDate: '2026-04-15', actionId: expect.any(String) },
      ],
    });
    expect(done.content.responses.map((r: { itemKey: string; value: unknown }) => [r.itemKey, r.value])).toEqual([
      [ITEMS.scale, 4],
      [ITEMS.ypn, 'partly'],
    ]);
    expect(done.content.notes.map((n: { text: string }) => n.text)).toEqual(['Pupils read aloud in pairs']);
    expect((await mentor.send('POST', `/api/observations/${id}/cancel`)).statusCode).toBe(409);
  });

  it('freezes a version at its first response: a new version is made, the observation keeps showing the old one', async () => {
    const [instrument] = (await admin.get(`/api/instruments?programId=${w.programId}`)).json().items;
    const v1 = instrument.versions[0];
    expect(v1.frozenAt).not.toBeNull();
    const edited = structuredClone(defaultLessonObservationInstrument);
    edited.sections[0]?.items.push({
      key: 'planning-timing',
      type: 'count',
      prompt: { en: 'Minutes for the plenary' },
    });
    const refused = await admin.send('PUT', `/api/instrument-versions/${v1.id}`, { definition: edited });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/make a new version/);

    const v2 = await admin.send('POST', `/api/instruments/${instrument.id}/versions`);
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ number: 2, publishedAt: null, frozenAt: null });
    expect(
      (await admin.send('PUT', `/api/instrument-versions/${v2.json().id}`, { definition: edited })).statusCode,
    ).toBe(200);
    // A draft is the admins' own: a teacher neither reads it nor receives it.
    expect((await mentee.get(`/api/instruments/${instrument.id}/versions/2`)).statusCode).toBe(404);
    expect((await pullAll(mentee)).changes.some((c) => c.id === v2.json().id)).toBe(false);
    expect((await mentor.send('POST', `/api/instrument-versions/${v2.json().id}/publish`)).statusCode).toBe(404);
    expect(
      (await admin.send('POST', `/api/instrument-versions/${v2.json().id}/publish`)).json().publishedAt,
    ).not.toBeNull();
    expect((await mentee.get(`/api/instruments/${instrument.id}/versions/2`)).json().definition).toEqual(edited);

    // An observation scheduled on version 1 still shows version 1, and refuses the new item.
    const old = (await schedule(mentor, { instrumentVersionId: v1.id })).json();
    expect(old.instrumentVersionId).toBe(v1.id);
    const newItem = await mentor.send('POST', `/api/observations/${old.id}/responses`, {
      itemKey: 'planning-timing',
      value: 7,
    });
    expect(newItem.statusCode).toBe(400);
    expect(newItem.json().error.details).toEqual([
      { path: 'itemKey', message: 'no item "planning-timing" in this instrument version' },
    ]);
    expect((await mentee.get(`/api/instruments/${instrument.id}/versions/1`)).json().definition).toEqual(
      defaultLessonObservationInstrument,
    );
    expect((await mentee.get(`/api/instruments/${instrument.id}/versions/4756233642835968`)).statusCode).toBe(400);
    expect((await mentee.get(`/api/instruments/${instrument.id}/versions/99`)).statusCode).toBe(404);
    // A new observation takes the latest published version by default.
    expect((await schedule(mentor)).json().instrumentVersionId).toBe(v2.json().id);
  });

  it('refuses an answer that does not fit the item, an answer by anyone but the observer, and writes nothing', async () => {
    const id = (await schedule(mentor)).json().id;
    const before = await counts(w);
    const bad = [
      [mentor, { itemKey: ITEMS.scale, value: 5 }, 400],
      [mentor, { itemKey: ITEMS.ypn, value: 'maybe' }, 400],
      [mentor, { itemKey: ITEMS.text, value: '   ' }, 400],
      [mentor, { itemKey: 'Not A Key', value: 1 }, 400],
      [mentor, { itemKey: ITEMS.scale }, 400],
      [mentee, { itemKey: ITEMS.scale, value: 2 }, 403],
    ] as const;
    for (const [who, body, status] of bad) {
      const res = await who.send('POST', `/api/observations/${id}/responses`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.code).toMatch(/validation_failed|forbidden/);
    }
    const scale = await mentor.send('POST', `/api/observations/${id}/responses`, { itemKey: ITEMS.scale, value: 5 });
    expect(scale.json().error.details[0]).toEqual({
      path: 'value',
      message: expect.stringMatching(/scale_1_4 item "planning-flow"/),
    });
    expect(await counts(w)).toEqual(before);
  });

  it('lets a mentee observe their mentor (mentee → mentor) and checks the roles fit the direction', async () => {
    const wrong = await schedule(mentee, { observerPersonId: w.people.mentee, observedPersonId: w.people.mentor });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('direction');
    const s = await schedule(mentee, {
      observerPersonId: w.people.mentee,
      observedPersonId: w.people.mentor,
      direction: 'mentee_to_mentor',
    });
    expect(s.statusCode, s.body).toBe(201);
    const id = s.json().id;
    expect(
      (await mentee.send('POST', `/api/observations/${id}/responses`, { itemKey: ITEMS.ypn, value: 'yes' })).statusCode,
    ).toBe(201);
    expect(
      (await mentor.send('POST', `/api/observations/${id}/responses`, { itemKey: ITEMS.ypn, value: 'no' })).statusCode,
    ).toBe(403);
    await mentee.send('POST', `/api/observations/${id}/record`, { topic: 'Fractions with paper strips' });
    // The observed one is now the mentor: they reflect first.
    expect(
      (await mentee.send('POST', `/api/observations/${id}/reflection`, { observerReflection: 'I learnt' })).statusCode,
    ).toBe(409);
    expect(
      (await mentor.send('POST', `/api/observations/${id}/self-reflection`, { selfReflection: 'Too fast' })).statusCode,
    ).toBe(200);
    expect((await view(mentor, id)).cycle).toMatchObject({ dueNext: 'observer_reflect', personIds: [w.people.mentee] });
  });

  it('works offline: the whole cycle queued on phones is applied in order at the next push', async () => {
    const id = '01930000-0000-7000-8000-00000000a001';
    const results = await push(mentor, [
      {
        name: 'observation.schedule',
        args: {
          id,
          groupId: w.groupId,
          observerPersonId: w.people.mentor,
          observedPersonId: w.people.mentee,
          direction: 'mentor_to_mentee',
          scheduledFor: '2026-03-21T08:00:00.000Z',
        },
      },
      { name: 'observation.agreeFocus', args: { id, focusItemKeys: [ITEMS.text] } },
      {
        name: 'observation.respond',
        args: {
          id: '01930000-0000-7000-8000-00000000a002',
          observationId: id,
          itemKey: ITEMS.text,
          value: ' Good pace ',
        },
      },
      {
        name: 'observation.note',
        args: { id: '01930000-0000-7000-8000-00000000a003', observationId: id, text: 'Group 3 finished early' },
      },
      { name: 'observation.record', args: { id, classSize: 31 } },
      { name: 'observation.reflect', args: { id, observerReflection: 'too early' } },
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'rejected']);
    expect(results[5]?.error?.code).toBe('conflict');
    expect(
      (await push(mentee, [{ name: 'observation.selfReflect', args: { id, selfReflection: 'Calm lesson' } }]))[0]
        ?.status,
    ).toBe('applied');
    const pulled = await pullAll(mentee);
    const mine = (t: string) => pulled.changes.filter((c) => c.t === t && (c.id === id || c.d?.observationId === id));
    expect(mine('observations')[0]?.d).toMatchObject({ status: 'observed' });
    expect(mine('observationDetails')[0]?.d).toMatchObject({
      focusItemKeys: [ITEMS.text],
      classSize: 31,
      selfReflection: 'Calm lesson',
    });
    expect(mine('observationResponses')[0]?.d).toMatchObject({ value: 'Good pace', itemType: 'free_text' });
    expect(mine('observationNotes')[0]?.d).toMatchObject({ text: 'Group 3 finished early' });
    expect(pulled.changes.filter((c) => c.t === 'instrumentVersions').length).toBeGreaterThan(0);

    // Back at school: the reflection and the next steps; each step reaches the teacher's phone as an action.
    const actionId = '01930000-0000-7000-8000-00000000a004';
    const post = await push(mentor, [
      { name: 'observation.reflect', args: { id, observerReflection: 'Calm and well paced' } },
      {
        name: 'observation.agreeNextSteps',
        args: { id, nextSteps: [{ id: actionId, title: 'Try exit tickets', dueDate: '2026-04-10' }] },
      },
    ]);
    expect(post.map((r) => r.status)).toEqual(['applied', 'applied']);
    const action = (await pullAll(mentee)).changes.find((c) => c.t === 'actions' && c.id === actionId);
    expect(action?.d).toMatchObject({ title: 'Try exit tickets', observationId: id, ownerPersonId: w.people.mentee });
  });

  it('answers bad input with a 4xx error and writes nothing', async () => {
    const before = await counts(w);
    const cases: [Client, string, string, unknown, number][] = [
      [mentor, 'POST', '/api/observations', { groupId: 'nope' }, 400],
      [
        mentor,
        'POST',
        '/api/observations',
        {
          groupId: w.groupId,
          observerPersonId: w.people.mentor,
          observedPersonId: w.people.mentee,
          direction: 'sideways',
          scheduledFor: '2026-03-20T08:00:00.000Z',
        },
        400,
      ],
      [
        mentor,
        'POST',
        '/api/observations',
        {
          groupId: w.groupId,
          observerPersonId: w.people.mentor,
          observedPersonId: w.people.mentor,
          direction: 'peer',
          scheduledFor: '2026-03-20T08:00:00.000Z',
        },
        400,
      ],
      [
        mentor,
        'POST',
        '/api/observations',
        {
          groupId: w.groupId,
          observerPersonId: w.people.mentor,
          observedPersonId: w.people.outsider,
          direction: 'mentor_to_mentee',
          scheduledFor: '2026-03-20T08:00:00.000Z',
        },
        400,
      ],
      [
        mentor,
        'POST',
        '/api/observations',
        {
          groupId: '01930000-0000-7000-8000-0000000000ff',
          observerPersonId: w.people.mentor,
          observedPersonId: w.people.mentee,
          direction: 'mentor_to_mentee',
          scheduledFor: '2026-03-20T08:00:00.000Z',
        },
        404,
      ],
      [
        mentor,
        'POST',
        '/api/observations',
        {
          groupId: w.groupId,
          observerPersonId: w.people.mentor,
          observedPersonId: w.people.mentee,
          direction: 'mentor_to_mentee',
          scheduledFor: 'tomorrow',
        },
        400,
      ],
      [
        mentor,
        'POST',
        '/api/observations/01930000-0000-7000-8000-0000000000ff/focus',
        { focusItemKeys: [ITEMS.scale] },
        404,
      ],
      [mentor, 'POST', '/api/observations/not-an-id/notes', { text: 'x' }, 400],
      [admin, 'POST', '/api/instruments', { programId: w.programId, name: { en: '' } }, 400],
      [mentor, 'POST', '/api/instruments', { programId: w.programId, name: { en: 'Mine' } }, 403],
      [
        admin,
        'PUT',
        '/api/instrument-versions/01930000-0000-7000-8000-0000000000ff',
        { definition: { sections: [] } },
        400,
      ],
    ];
    for (const [who, method, url, body, status] of cases) {
      const res = await who.send(method as 'POST', url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)} ${res.body}`).toBe(status);
      expect(Object.keys(res.json().error)).toEqual(['code', 'message', 'details']);
    }
    const id = (await schedule(mentor)).json().id;
    const after = await counts(w);
    const unknownKey = await mentor.send('POST', `/api/observations/${id}/focus`, { focusItemKeys: ['no-such-item'] });
    expect(unknownKey.statusCode).toBe(400);
    expect(unknownKey.json().error.details).toEqual([
      { path: 'focusItemKeys.0', message: 'no item "no-such-item" in this instrument version' },
    ]);
    expect((await view(mentor, id)).observation.status).toBe('scheduled');
    expect(after).toEqual({ ...before, observations: before.observations + 1, details: before.details + 1 });
  });
});
