import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { type MeetingsWorld, makeMeetingsWorld } from '../meetings/meetings-world';

type Who = 'teacherA' | 'teacherB' | 'mentor' | 'officer';
type Pull = { cursor: number; scope: string; reset: boolean; changes: { t: string; id: string; d?: object }[] };

/**
 * ARCHITECTURE §2 (audit: "reads of confidential content by anyone but its owners") and issue 8,
 * point 7: a person a record was shared with leaves one `content.read` audit event per REST read of
 * it, the pair none; and an observation's or meeting's metadata row reaches the sharee's device with
 * the shared content, until the teacher revokes the share.
 */
describe('reads of shared content', () => {
  let w: MeetingsWorld;
  const c = {} as Record<Who, Client>;
  const id = {} as Record<'need' | 'obs' | 'meeting' | 'reflection', string>;
  const shareIds = {} as Record<'need' | 'obs' | 'meeting' | 'reflection', string>;

  beforeAll(async () => {
    w = await makeMeetingsWorld();
    for (const k of ['teacherA', 'teacherB', 'mentor', 'officer'] as const) c[k] = await w.login(k);
    const ok = async (p: Promise<{ statusCode: number; body: string; json: () => { id: string } }>) => {
      const res = await p;
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json().id;
    };
    id.need = await ok(
      c.teacherA.send('POST', '/api/needs', {
        groupId: w.schoolGroupId,
        ownerPersonId: w.extra.teacherA,
        partnerPersonId: w.people.mentor,
        level: 'specific',
        areaKey: 'assessment',
        source: 'meeting',
        description: 'Questions that check understanding',
      }),
    );
    id.obs = await ok(
      c.mentor.send('POST', '/api/observations', {
        groupId: w.schoolGroupId,
        observerPersonId: w.people.mentor,
        observedPersonId: w.extra.teacherA,
        direction: 'mentor_to_mentee',
        scheduledFor: '2026-03-20T08:00:00.000Z',
      }),
    );
    await ok(c.mentor.send('POST', `/api/observations/${id.obs}/record`, { topic: 'Fractions' }));
    await ok(c.mentor.send('POST', `/api/observations/${id.obs}/notes`, { text: 'Pupils read aloud' }));
    id.meeting = await ok(
      c.mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
        kind: 'one_to_one',
        menteePersonId: w.extra.teacherA,
        title: 'One-to-one on exit tickets',
        scheduledFor: '2026-03-10T12:00:00.000Z',
        durationMinutes: 30,
      }),
    );
    expect(
      (await c.mentor.send('PUT', `/api/meetings/${id.meeting}/notes`, { notes: 'Three tickets' })).statusCode,
    ).toBe(200);
    id.reflection = await ok(
      c.teacherA.send('POST', '/api/reflections', {
        programId: w.programId,
        authorPersonId: w.extra.teacherA,
        groupId: w.schoolGroupId,
        partnerPersonId: w.people.mentor,
        visibility: 'pair',
        answers: { describe: 'My first exit tickets' },
        entryDate: '2026-03-14',
      }),
    );
    const share = (key: keyof typeof id, table: string, personId: string) =>
      ok(c.teacherA.send('POST', '/api/content-shares', { table, recordId: id[key], personId })).then((s) => {
        shareIds[key] = s;
      });
    await share('need', 'needs', w.people.officer);
    await share('meeting', 'meetingNotes', w.people.officer);
    await share('obs', 'observationDetails', w.extra.teacherB);
    await share('reflection', 'reflections', w.extra.teacherB);
  });
  afterAll(() => w.close());

  const reads = async () =>
    (await w.handle.db.selectFrom('auditEvents').selectAll().where('action', '=', 'content.read').execute()).map(
      (e) => ({ ...e, details: JSON.parse(e.details) }),
    );
  const userOf = async (personId: string) =>
    (await w.handle.db.selectFrom('users').select('id').where('personId', '=', personId).executeTakeFirstOrThrow()).id;

  it.each([
    ['officer', '/api/persons/:teacher/plan', 'needs', 'need'],
    ['officer', '/api/meetings/:meeting', 'meetingNotes', 'meeting'],
    ['teacherB', '/api/observations/:obs', 'observationDetails', 'obs'],
    ['teacherB', '/api/reflections/:reflection', 'reflections', 'reflection'],
    ['teacherB', '/api/persons/:teacher/portfolio', 'reflections', 'reflection'],
  ] as const)("the sharee's GET %s %s writes exactly one content.read event", async (who, path, table, key) => {
    const url = path
      .replace(':teacher', w.extra.teacherA)
      .replace(':meeting', id.meeting)
      .replace(':obs', id.obs)
      .replace(':reflection', id.reflection);
    const before = await reads();
    const res = await c[who].get(url);
    expect(res.statusCode, res.body).toBe(200);
    const added = (await reads()).filter((e) => !before.some((b) => b.id === e.id));
    expect(added).toEqual([
      {
        id: expect.any(String),
        at: w.app.deps.clock.now().toISOString(),
        actorUserId: await userOf(who === 'officer' ? w.people.officer : w.extra.teacherB),
        action: 'content.read',
        resourceType: table,
        resourceId: id[key],
        details: { access: 'shared', shareId: shareIds[key] },
      },
    ]);
  });

  it('the pair reading the same records writes no audit event', async () => {
    const before = await reads();
    for (const who of ['teacherA', 'mentor'] as const)
      for (const url of [
        `/api/persons/${w.extra.teacherA}/plan`,
        `/api/meetings/${id.meeting}`,
        `/api/observations/${id.obs}`,
        `/api/reflections/${id.reflection}`,
        `/api/persons/${w.extra.teacherA}/portfolio`,
      ]) {
        const res = await c[who].get(url);
        expect(res.statusCode, `${who} ${url}`).toBe(200);
      }
    expect(await reads()).toEqual(before);
  });

  const pull = async (who: Who, clientId: string, from?: Pull): Promise<Pull> => {
    const q = `clientId=${clientId}&cursor=${from?.cursor ?? 0}${from ? `&scope=${from.scope}` : ''}`;
    const res = await c[who].get(`/api/sync/pull?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const metadata = (p: Pull) =>
    p.changes
      .filter((ch) => ch.d && (ch.t === 'observations' || ch.t === 'meetings'))
      .map((ch) => `${ch.t}:${ch.id}`)
      .sort();

  it("brings the shared observation's and meeting's metadata row to the sharee's device, gone after revoking", async () => {
    const officerDevice = randomUUID();
    const colleagueDevice = randomUUID();
    const officer = await pull('officer', officerDevice);
    const colleague = await pull('teacherB', colleagueDevice);
    expect(metadata(officer)).toEqual([`meetings:${id.meeting}`]);
    expect(metadata(colleague)).toEqual([`observations:${id.obs}`]);
    // No audit events from a pull: the share's own `content.share` event covers the delivery.
    const auditBefore = await reads();
    await pull('teacherB', randomUUID());
    expect(await reads()).toEqual(auditBefore);

    for (const s of [shareIds.meeting, shareIds.obs])
      expect((await c.teacherA.send('DELETE', `/api/content-shares/${s}`)).statusCode).toBe(200);
    for (const [who, device, from] of [
      ['officer', officerDevice, officer],
      ['teacherB', colleagueDevice, colleague],
    ] as const) {
      const after = await pull(who, device, from);
      expect(after.reset, who).toBe(true);
      expect(metadata(after), who).toEqual([]);
    }
  });
});
