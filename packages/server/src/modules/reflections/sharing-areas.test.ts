import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { type MeetingsKey, type MeetingsWorld, makeMeetingsWorld } from '../meetings/meetings-world';
import { ITEMS } from '../observations/test-observations';

type Who = MeetingsKey | 'mentor' | 'officer' | 'head';
type Pull = { cursor: number; scope: string; reset: boolean; changes: { t: string; id: string; d?: object }[] };

/**
 * Issue 8, point 7 across the areas: a teacher shares a need, an observation (the whole cycle's
 * content), a one-to-one's notes (with its artefacts) and an action plan with one named person, who
 * then reads exactly those over REST and in a pull until the teacher revokes the share. The mentor,
 * who wrote some of them, shares none. A portfolio entry shows the titles of what it links to.
 */
describe('sharing the content of plans, observations and meetings', () => {
  let w: MeetingsWorld;
  const c = {} as Record<Who, Client>;
  const id = {} as Record<
    'need' | 'otherNeed' | 'goal' | 'action' | 'module' | 'obs' | 'otherObs' | 'response' | 'note' | 'oneToOne',
    string
  > & { otherOneToOne: string; artefact: string; review: string };
  const SECRET = 'Teuta fears the inspection';

  beforeAll(async () => {
    w = await makeMeetingsWorld();
    for (const k of ['teacherA', 'teacherB', 'mentor', 'officer', 'head'] as const) c[k] = await w.login(k);
    const ok = async (p: Promise<{ statusCode: number; body: string; json: () => { id: string } }>) => {
      const res = await p;
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json().id;
    };
    const admin = await w.login('admin');
    id.module = await ok(
      admin.send('POST', `/api/programs/${w.programId}/training-modules`, { name: { sq: 'Vlerësimi për të nxënë' } }),
    );
    const need = (description: string) =>
      ok(
        c.teacherA.send('POST', '/api/needs', {
          groupId: w.schoolGroupId,
          ownerPersonId: w.extra.teacherA,
          partnerPersonId: w.people.mentor,
          level: 'specific',
          areaKey: 'assessment',
          source: 'meeting',
          description,
        }),
      );
    id.need = await need('Questions that check understanding');
    id.otherNeed = await need(SECRET);
    id.goal = await ok(
      c.teacherA.send('POST', '/api/goals', {
        groupId: w.schoolGroupId,
        ownerPersonId: w.extra.teacherA,
        partnerPersonId: w.people.mentor,
        needIds: [id.need],
        title: 'Exit tickets in every maths lesson',
      }),
    );
    id.action = await ok(
      c.teacherA.send('POST', `/api/goals/${id.goal}/actions`, {
        title: 'Prepare exit tickets together',
        assigneePersonId: w.extra.teacherA,
        dueDate: '2026-03-30',
      }),
    );
    id.review = await ok(
      c.mentor.send('POST', `/api/actions/${id.action}/reviews`, {
        text: 'Half the class answered the second question',
      }),
    );
    // The mentor's own remark on the step, kept to themself: no share of the teacher's reaches it.
    const kept = await ok(c.mentor.send('POST', `/api/actions/${id.action}/reviews`, { text: SECRET }));
    await w.handle.db.updateTable('actionReviews').set({ visibility: 'author' }).where('id', '=', kept).execute();
    const observe = () =>
      ok(
        c.mentor.send('POST', '/api/observations', {
          groupId: w.schoolGroupId,
          observerPersonId: w.people.mentor,
          observedPersonId: w.extra.teacherA,
          direction: 'mentor_to_mentee',
          scheduledFor: '2026-03-20T08:00:00.000Z',
        }),
      );
    id.obs = await observe();
    id.otherObs = await observe();
    await ok(c.mentor.send('POST', `/api/observations/${id.obs}/record`, { topic: 'Fractions' }));
    id.response = await ok(
      c.mentor.send('POST', `/api/observations/${id.obs}/responses`, { itemKey: ITEMS.scale, value: 3 }),
    );
    id.note = await ok(c.mentor.send('POST', `/api/observations/${id.obs}/notes`, { text: 'Pupils read aloud' }));
    await ok(c.mentor.send('POST', `/api/observations/${id.otherObs}/notes`, { text: SECRET }));
    const oneToOne = async (title: string, notes: string) => {
      const m = await ok(
        c.mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
          kind: 'one_to_one',
          menteePersonId: w.extra.teacherA,
          title,
          scheduledFor: '2026-03-10T12:00:00.000Z',
          durationMinutes: 30,
        }),
      );
      expect((await c.mentor.send('PUT', `/api/meetings/${m}/notes`, { notes })).statusCode).toBe(200);
      return m;
    };
    id.oneToOne = await oneToOne('One-to-one on exit tickets', 'We planned three exit tickets');
    id.otherOneToOne = await oneToOne('One-to-one', SECRET);
    id.artefact = await ok(
      c.mentor.send('POST', '/api/meeting-artefacts', {
        meetingId: id.oneToOne,
        kind: 'link',
        title: 'Exit ticket examples',
        url: 'https://example.org/tickets',
      }),
    );
  });
  afterAll(() => w.close());

  const pull = async (who: Who, clientId = randomUUID(), from?: Pull): Promise<Pull> => {
    const q = `clientId=${clientId}&cursor=${from?.cursor ?? 0}${from ? `&scope=${from.scope}` : ''}`;
    const res = await c[who].get(`/api/sync/pull?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const CONTENT = [
    'needs',
    'goals',
    'actions',
    'actionReviews',
    'observationDetails',
    'observationResponses',
    'observationNotes',
    'meetingNotes',
    'meetingArtefacts',
  ];
  /** The content a pull holds, as `table:id`, sorted. */
  const content = (p: Pull) =>
    p.changes
      .filter((ch) => ch.d && CONTENT.includes(ch.t))
      .map((ch) => `${ch.t}:${ch.id}`)
      .sort();
  const share = (who: Who, table: string, recordId: string, personId: string) =>
    c[who].send('POST', '/api/content-shares', { table, recordId, personId });
  const sharesCount = async () =>
    Number(
      (
        await w.handle.db
          .selectFrom('contentShares')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("refuses the mentor sharing the teacher's items, even those the mentor wrote, and a table that is not content", async () => {
    const before = await sharesCount();
    for (const [table, recordId] of [
      ['needs', id.need],
      ['observationDetails', id.obs],
      ['meetingNotes', id.oneToOne],
    ] as const) {
      const res = await share('mentor', table, recordId, w.people.officer);
      expect(res.statusCode, table).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const persons = await share('teacherA', 'persons', w.extra.teacherA, w.people.officer);
    expect(persons.statusCode).toBe(400);
    expect(persons.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: expect.any(String),
        details: [{ path: 'table', message: expect.any(String) }],
      },
    });
    expect(await sharesCount()).toBe(before);
  });

  it('gives the named person exactly the shared items over REST and in a pull, and takes them back on unshare', async () => {
    const officerDevice = randomUUID();
    const colleagueDevice = randomUUID();
    const officerBefore = await pull('officer', officerDevice);
    const colleagueBefore = await pull('teacherB', colleagueDevice);
    expect(content(officerBefore)).toEqual([]);
    expect(content(colleagueBefore)).toEqual([]);

    const shares: string[] = [];
    for (const [table, recordId, who] of [
      ['needs', id.need, w.people.officer],
      ['meetingNotes', id.oneToOne, w.people.officer],
      ['observationDetails', id.obs, w.extra.teacherB],
      ['goals', id.goal, w.extra.teacherB],
    ] as const) {
      const res = await share('teacherA', table, recordId, who);
      expect(res.statusCode, res.body).toBe(201);
      shares.push(res.json().id);
    }

    // The officer: the need and the one-to-one (notes with its artefact), nothing else of the pair.
    const plan = (await c.officer.get(`/api/persons/${w.extra.teacherA}/plan`)).json();
    expect(plan.needs.map((n: { id: string }) => n.id)).toEqual([id.need]);
    expect(plan.goals).toEqual([]);
    const meeting = await c.officer.get(`/api/meetings/${id.oneToOne}`);
    expect(meeting.json().notes.notes).toBe('We planned three exit tickets');
    expect(meeting.json().artefacts.map((a: { id: string }) => a.id)).toEqual([id.artefact]);
    // The other one-to-one: the officer of the district knows it took place, and no more.
    const other = await c.officer.get(`/api/meetings/${id.otherOneToOne}`);
    expect(other.json()).toMatchObject({ notes: null, artefacts: [] });
    expect(other.body).not.toContain(SECRET);
    expect((await c.officer.get(`/api/observations/${id.obs}`)).json().content ?? null).toBeNull();
    const officerAfter = await pull('officer', officerDevice, officerBefore);
    expect(officerAfter.reset).toBe(true);
    expect(content(officerAfter)).toEqual(
      [`needs:${id.need}`, `meetingNotes:${id.oneToOne}`, `meetingArtefacts:${id.artefact}`].sort(),
    );

    // The colleague: the observation's details, responses and notes; the goal with its action.
    const obs = await c.teacherB.get(`/api/observations/${id.obs}`);
    expect(obs.statusCode, obs.body).toBe(200);
    expect(obs.json().content.details.topic).toBe('Fractions');
    expect(obs.json().content.responses.map((r: { id: string }) => r.id)).toEqual([id.response]);
    expect(obs.json().content.notes.map((n: { id: string }) => n.id)).toEqual([id.note]);
    expect((await c.teacherB.get(`/api/observations/${id.otherObs}`)).statusCode).toBe(404);
    const colleaguePlan = (await c.teacherB.get(`/api/persons/${w.extra.teacherA}/plan`)).json();
    expect(colleaguePlan.needs).toEqual([]);
    type PlanGoal = { id: string; actions: { id: string; reviews: { id: string }[] }[] };
    expect(
      colleaguePlan.goals.map((g: PlanGoal) => [g.id, g.actions.map((a) => [a.id, a.reviews.map((r) => r.id)])]),
    ).toEqual([[id.goal, [[id.action, [id.review]]]]]);
    const colleagueAfter = await pull('teacherB', colleagueDevice, colleagueBefore);
    expect(colleagueAfter.reset).toBe(true);
    expect(content(colleagueAfter)).toEqual(
      [
        `observationDetails:${id.obs}`,
        `observationResponses:${id.response}`,
        `observationNotes:${id.note}`,
        `goals:${id.goal}`,
        `actions:${id.action}`,
        `actionReviews:${id.review}`,
      ].sort(),
    );
    expect(JSON.stringify(colleagueAfter)).not.toContain(SECRET);
    expect(JSON.stringify(officerAfter)).not.toContain(SECRET);
    // The head teacher, an official of the school, still receives no content.
    expect(content(await pull('head'))).toEqual([]);

    // Unshared: gone over REST and from both devices at their next pull.
    for (const s of shares) expect((await c.teacherA.send('DELETE', `/api/content-shares/${s}`)).statusCode).toBe(200);
    expect((await c.officer.get(`/api/persons/${w.extra.teacherA}/plan`)).statusCode).toBe(404);
    expect((await c.officer.get(`/api/meetings/${id.oneToOne}`)).json()).toMatchObject({ notes: null, artefacts: [] });
    expect((await c.teacherB.get(`/api/persons/${w.extra.teacherA}/plan`)).statusCode).toBe(404);
    expect((await c.teacherB.get(`/api/observations/${id.obs}`)).statusCode).toBe(404);
    for (const [who, from] of [
      ['officer', officerAfter],
      ['teacherB', colleagueAfter],
    ] as const) {
      const gone = await pull(who, who === 'officer' ? officerDevice : colleagueDevice, from);
      expect(gone.reset, who).toBe(true);
      expect(content(gone), who).toEqual([]);
    }
  });

  it("shows a linked meeting's, observation's, goal's and module's title to the pair, and no entry to an official", async () => {
    const links = [
      ['meeting', id.oneToOne, 'One-to-one on exit tickets'],
      // Recorded on the clock's day (2026-03-15): the observed day, not the planned one.
      ['observation', id.obs, 'Fractions — 2026-03-15'],
      ['goal', id.goal, 'Exit tickets in every maths lesson'],
      ['module', id.module, 'Vlerësimi për të nxënë'],
    ] as const;
    for (const [linkedType, linkedId] of links) {
      const res = await c.teacherA.send('POST', '/api/reflections', {
        programId: w.programId,
        authorPersonId: w.extra.teacherA,
        groupId: w.schoolGroupId,
        partnerPersonId: w.people.mentor,
        visibility: 'pair',
        answers: { describe: `About the ${linkedType}: ${SECRET}` },
        linkedType,
        linkedId,
        entryDate: '2026-03-14',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const titles = async (who: Who) =>
      (
        (await c[who].get(`/api/persons/${w.extra.teacherA}/portfolio`)).json().items as {
          reflection: { linkedType: string };
          linkedTitle: string | null;
        }[]
      )
        .map((i) => [i.reflection.linkedType, i.linkedTitle])
        .sort();
    const expected = links.map(([type, , title]) => [type, title]).sort();
    expect(await titles('teacherA')).toEqual(expected);
    expect(await titles('mentor')).toEqual(expected);
    // The officer (the teacher's district) may open the portfolio but reads no entry, title or text.
    const asOfficer = await c.officer.get(`/api/persons/${w.extra.teacherA}/portfolio`);
    expect(asOfficer.statusCode).toBe(200);
    expect(asOfficer.json().items).toEqual([]);
    for (const [, , title] of links) expect(asOfficer.body).not.toContain(title);
    expect(asOfficer.body).not.toContain(SECRET);
  });
});
