import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../../test/world';
import { ITEMS, personWithLogin, pullAll } from './test-observations';

/**
 * Issue 8, point 7 and its policy matrix: the content of an observation belongs to its pair. A head
 * teacher, a district officer, a program admin, another mentor and another teacher of the same group
 * read none of it — not over REST, not in a pull — while the pair reads all; officials in scope learn
 * that the cycle took place, when, and its status.
 */
describe('observations: privacy of the pair', () => {
  let w: World;
  const c = {} as Record<
    'mentor' | 'mentee' | 'head' | 'schoolHead' | 'officer' | 'admin' | 'coMentor' | 'colleague',
    Client
  >;
  let id: string;
  let groupId: string;
  let contentIds: string[];

  beforeAll(async () => {
    w = await makeWorld();
    const admin = await w.as('admin');
    // A Kosovo-style school group at the mentee's school: the pair, a co-mentor and a colleague.
    const group = (
      await admin.send('POST', '/api/groups', {
        programId: w.programId,
        kind: 'school',
        name: 'Uthal 2 group',
        orgUnitId: w.units.s2.id,
      })
    ).json();
    groupId = group.id;
    const coMentor = await personWithLogin(w, 'comentor', 'mentor', w.units.c1.id, w.units.s1.id);
    const schoolHead = await personWithLogin(w, 'schoolhead', 'head_teacher', w.units.s2.id, w.units.s2.id);
    const member = (personId: string, role: string) =>
      admin.send('POST', `/api/groups/${group.id}/members`, { personId, role, startDate: '2026-01-01' });
    for (const [p, role] of [
      [w.people.mentor, 'mentor'],
      [coMentor.id, 'mentor'],
      [w.people.mentee, 'mentee'],
      [w.people.outsider, 'mentee'],
    ] as const)
      expect((await member(p, role)).statusCode).toBe(201);
    Object.assign(c, {
      mentor: await w.as('mentor'),
      mentee: await w.as('mentee'),
      head: await w.as('head'),
      schoolHead: await schoolHead.client(),
      officer: await w.as('officer'),
      admin,
      coMentor: await coMentor.client(),
      colleague: await w.as('outsider'),
    });

    const s = await c.mentor.send('POST', '/api/observations', {
      groupId: group.id,
      observerPersonId: w.people.mentor,
      observedPersonId: w.people.mentee,
      direction: 'mentor_to_mentee',
      scheduledFor: '2026-03-20T08:00:00.000Z',
    });
    expect(s.statusCode, s.body).toBe(201);
    id = s.json().id;
    await c.mentee.send('POST', `/api/observations/${id}/focus`, { focusItemKeys: [ITEMS.scale] });
    const r = await c.mentor.send('POST', `/api/observations/${id}/responses`, { itemKey: ITEMS.scale, value: 2 });
    const n = await c.mentor.send('POST', `/api/observations/${id}/notes`, { text: 'Only three pupils answered' });
    await c.mentor.send('POST', `/api/observations/${id}/record`, { topic: 'Plants' });
    await c.mentee.send('POST', `/api/observations/${id}/self-reflection`, { selfReflection: 'I felt nervous' });
    contentIds = [id, r.json().id, n.json().id];
  });
  afterAll(() => w.close());

  const heldBy = async (who: Client) =>
    (await pullAll(who)).changes.filter(
      (ch) => ch.t.startsWith('observation') && (contentIds.includes(ch.id) || ch.d?.observationId === id),
    );

  it.each(['mentor', 'mentee'] as const)('the %s reads all of it, over REST and in a pull', async (who) => {
    const view = (await c[who].get(`/api/observations/${id}`)).json();
    expect(view.content.details.selfReflection).toBe('I felt nervous');
    expect(view.content.responses).toHaveLength(1);
    expect(view.content.notes[0].text).toBe('Only three pupils answered');
    expect(view.cycle.dueNext).toBe('observer_reflect');
    expect((await heldBy(c[who])).map((ch) => ch.t).sort()).toEqual([
      'observationDetails',
      'observationNotes',
      'observationResponses',
      'observations',
    ]);
  });

  it.each(['schoolHead', 'officer', 'admin'] as const)(
    'the %s in scope sees that it took place, when and its status — no content, not even what is due',
    async (who) => {
      const res = await c[who].get(`/api/observations/${id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        observation: expect.objectContaining({ id, status: 'observed', scheduledFor: '2026-03-20T08:00:00.000Z' }),
        cycle: { stage: 'observed', dueNext: null, who: null, personIds: [] },
        content: null,
      });
      expect(res.body).not.toMatch(/nervous|pupils|Plants/);
      expect(await heldBy(c[who])).toEqual([]);
    },
  );

  it('lists the cycles of a group to the officials in scope and the pair, metadata only, and to no one else', async () => {
    const listed = async (who: keyof typeof c) => {
      const res = await c[who].get(`/api/observations?groupId=${groupId}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toMatch(/nervous|pupils|Plants/);
      return res.json().items.map((o: { id: string; status: string }) => [o.id, o.status]);
    };
    for (const who of ['mentor', 'mentee', 'schoolHead', 'officer', 'admin'] as const)
      expect(await listed(who), who).toEqual([[id, 'observed']]);
    for (const who of ['head', 'coMentor', 'colleague'] as const) expect(await listed(who), who).toEqual([]);
  });

  it.each(['head', 'coMentor', 'colleague'] as const)('the %s is not even told it exists', async (who) => {
    const res = await c[who].get(`/api/observations/${id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(await heldBy(c[who])).toEqual([]);
  });

  it('refuses every write to the cycle by anyone outside the pair, with 404, and changes nothing', async () => {
    const before = (await c.mentor.get(`/api/observations/${id}`)).body;
    for (const who of ['schoolHead', 'officer', 'admin', 'coMentor', 'colleague'] as const) {
      for (const [path, body] of [
        ['reflection', { observerReflection: 'Intrusion' }],
        ['responses', { itemKey: ITEMS.scale, value: 4 }],
        ['notes', { text: 'Intrusion' }],
        ['cancel', undefined],
      ] as const) {
        const res = await c[who].send('POST', `/api/observations/${id}/${path}`, body);
        expect([403, 404], `${who} ${path}`).toContain(res.statusCode);
      }
    }
    expect((await c.mentor.get(`/api/observations/${id}`)).body).toBe(before);
  });
});
