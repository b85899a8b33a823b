import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../clock';
import { type MeetingsKey, type MeetingsWorld, makeMeetingsWorld, pullAll } from './meetings-world';

type Who = MeetingsKey | 'head' | 'officer' | 'admin' | 'otherOfficer' | 'outsider' | 'mentee';

/**
 * ARCHITECTURE §3: officials in scope learn that a meeting took place, when, who came and the
 * contact hours — never its notes or artefacts; people outside the group or pair learn nothing.
 */
describe('meetings: who reads what', () => {
  let w: MeetingsWorld;
  let groupMeeting: string;
  let oneToOne: string;
  const SECRET = 'Teuta is anxious about the inspection';
  beforeAll(async () => {
    w = await makeMeetingsWorld();
    const mentor = await w.login('mentor');
    const schedule = async (body: object) =>
      (
        await mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
          title: 'Meeting',
          scheduledFor: '2026-03-10T12:00:00.000Z',
          durationMinutes: 60,
          ...body,
        })
      ).json().id as string;
    groupMeeting = await schedule({ kind: 'group_meeting' });
    oneToOne = await schedule({ kind: 'one_to_one', menteePersonId: w.extra.teacherA });
    for (const id of [groupMeeting, oneToOne]) {
      await mentor.send('POST', `/api/meetings/${id}/attendance`, {
        entries: [{ personId: w.extra.teacherA, present: true, hours: 1 }],
      });
      await mentor.send('POST', `/api/meetings/${id}/held`, {});
      await mentor.send('PUT', `/api/meetings/${id}/notes`, { notes: SECRET });
      await mentor.send('POST', '/api/meeting-artefacts', {
        meetingId: id,
        kind: 'link',
        title: 'Inspection checklist',
        url: 'https://example.org/checklist',
      });
    }
  });
  afterAll(() => w.close());

  const noContentPulled = async (who: Who) => {
    const pulled = await pullAll(await w.login(who));
    expect(pulled.meetingNotes ?? [], who).toEqual([]);
    expect(pulled.meetingArtefacts ?? [], who).toEqual([]);
    expect(JSON.stringify(pulled)).not.toContain(SECRET);
    return pulled;
  };

  it.each(['head', 'officer', 'admin'] as const)(
    '%s (official in scope) reads the metadata and contact hours only',
    async (who) => {
      const c = await w.login(who);
      for (const id of [groupMeeting, oneToOne]) {
        const res = await c.get(`/api/meetings/${id}`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({ notes: null, artefacts: [], may: { update: false, readContent: false } });
        expect(res.json().attendance).toHaveLength(1);
        expect(res.body).not.toContain(SECRET);
        const write = await c.send('PUT', `/api/meetings/${id}/notes`, { notes: 'official remark' });
        expect(write.statusCode).toBe(403);
        expect(write.json().error.code).toBe('forbidden');
        const attach = await c.send('POST', '/api/meeting-artefacts', {
          meetingId: id,
          kind: 'link',
          title: 'x',
          url: 'https://example.org/x',
        });
        expect(attach.statusCode).toBe(403);
      }
      const list = (await c.get(`/api/groups/${w.schoolGroupId}/meetings`)).json();
      expect(list.items.map((m: { id: string }) => m.id).sort()).toEqual([groupMeeting, oneToOne].sort());
      expect(list.items.every((m: { presentCount: number }) => m.presentCount === 1)).toBe(true);
      const hours = await c.get(`/api/persons/${w.extra.teacherA}/contact-hours`);
      expect(hours.json()).toMatchObject({ hours: 2, meetings: 2 });
      await noContentPulled(who);
      const notes = await w.handle.db.selectFrom('meetingNotes').select('notes').execute();
      expect(notes.map((n) => n.notes)).toEqual([SECRET, SECRET]);
    },
  );

  it.each(['otherMentor', 'outsider', 'mentee', 'otherOfficer'] as const)(
    '%s (another mentor, a teacher of another group, an official elsewhere) learns nothing',
    async (who) => {
      const c = await w.login(who);
      for (const id of [groupMeeting, oneToOne]) {
        const res = await c.get(`/api/meetings/${id}`);
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('not_found');
        expect((await c.send('PUT', `/api/meetings/${id}/notes`, { notes: 'x' })).statusCode).toBe(404);
      }
      const list = await c.get(`/api/groups/${w.schoolGroupId}/meetings`);
      // The cluster's other mentor may read the group itself, never its meetings.
      if (list.statusCode === 200) expect(list.json().items).toEqual([]);
      else expect(list.statusCode).toBe(404);
      expect((await c.get(`/api/persons/${w.extra.teacherA}/contact-hours`)).statusCode).toBe(404);
      const pulled = await noContentPulled(who);
      expect(pulled.meetings ?? []).toEqual([]);
      expect(pulled.meetingAttendance ?? []).toEqual([]);
    },
  );

  it('the group reads the group meeting’s notes; only the pair the one-to-one’s', async () => {
    const b = await w.login('teacherB');
    expect((await b.get(`/api/meetings/${groupMeeting}`)).json().notes.notes).toBe(SECRET);
    expect((await b.get(`/api/meetings/${oneToOne}`)).statusCode).toBe(404);
    const pulled = await pullAll(b);
    expect(pulled.meetingNotes?.map((n) => n.id)).toEqual([groupMeeting]);
    expect(pulled.meetingArtefacts).toHaveLength(1);
    const a = await pullAll(await w.login('teacherA'));
    expect(a.meetingNotes?.map((n) => n.id).sort()).toEqual([groupMeeting, oneToOne].sort());
    // A teacher's contact hours are hers and her mentor's to see, not a colleague's.
    expect((await b.get(`/api/persons/${w.extra.teacherA}/contact-hours`)).statusCode).toBe(404);
    expect((await (await w.login('mentor')).get(`/api/persons/${w.extra.teacherA}/contact-hours`)).json().hours).toBe(
      2,
    );
  });

  it('refuses bad input with a 4xx error shape and writes nothing', async () => {
    const mentor = await w.login('mentor');
    const snapshot = async () => ({
      meetings: await w.handle.db.selectFrom('meetings').selectAll().orderBy('id').execute(),
      attendance: await w.handle.db.selectFrom('meetingAttendance').selectAll().orderBy('id').execute(),
      artefacts: await w.handle.db.selectFrom('meetingArtefacts').selectAll().orderBy('id').execute(),
    });
    const before = await snapshot();
    const attend = (entries: object[]) => mentor.send('POST', `/api/meetings/${groupMeeting}/attendance`, { entries });
    const bad: [
      string,
      Promise<{ statusCode: number; json: () => { error: { code: string; details: { path?: string }[] } } }>,
      string,
    ][] = [
      ['hours 30', attend([{ personId: w.extra.teacherB, present: true, hours: 30 }]), 'entries.0.hours'],
      ['longer than the meeting', attend([{ personId: w.extra.teacherB, present: true, hours: 2 }]), 'entries.0.hours'],
      ['unknown person', attend([{ personId: newId(), present: true, hours: 1 }]), 'entries.0.personId'],
      [
        'not in the group (one good entry with it is not written either)',
        attend([
          { personId: w.extra.teacherB, present: true, hours: 1 },
          { personId: w.people.outsider, present: true, hours: 1 },
        ]),
        'entries.1.personId',
      ],
      ['negative hours', attend([{ personId: w.extra.teacherB, present: true, hours: -1 }]), 'entries.0.hours'],
      [
        'one-to-one with a non-member',
        mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
          kind: 'one_to_one',
          title: 'x',
          scheduledFor: '2026-03-10T12:00:00.000Z',
          durationMinutes: 30,
          menteePersonId: w.people.outsider,
        }),
        'menteePersonId',
      ],
      [
        'one-to-one without a mentee',
        mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
          kind: 'one_to_one',
          title: 'x',
          scheduledFor: '2026-03-10T12:00:00.000Z',
          durationMinutes: 30,
        }),
        'menteePersonId',
      ],
      [
        'not a date-time',
        mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
          kind: 'group_meeting',
          title: 'x',
          scheduledFor: 'tomorrow',
          durationMinutes: 30,
        }),
        'scheduledFor',
      ],
      [
        'shorter than recorded hours',
        mentor.send('PATCH', `/api/meetings/${groupMeeting}`, { durationMinutes: 30 }),
        'durationMinutes',
      ],
      [
        'a script address',
        mentor.send('POST', '/api/meeting-artefacts', {
          meetingId: groupMeeting,
          kind: 'link',
          title: 'x',
          url: 'javascript:alert(1)',
        }),
        'url',
      ],
      [
        'a file without an upload',
        mentor.send('POST', '/api/meeting-artefacts', {
          meetingId: groupMeeting,
          kind: 'file',
          title: 'x',
          url: 'https://example.org',
        }),
        'kind',
      ],
    ];
    for (const [what, pending, path] of bad) {
      const res = await pending;
      expect(res.statusCode, what).toBe(400);
      // The route's schema names the body ("body.entries.0.hours"), the command the field alone.
      const paths = res.json().error.details.map((d) => d.path?.replace(/^body\./, ''));
      expect(paths, what).toContain(path);
    }
    expect((await mentor.send('POST', `/api/meetings/${newId()}/held`, {})).statusCode).toBe(404);
    const teacher = await w.login('teacherB');
    const byTeacher = await teacher.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
      kind: 'group_meeting',
      title: 'x',
      scheduledFor: '2026-03-10T12:00:00.000Z',
      durationMinutes: 30,
    });
    expect(byTeacher.statusCode).toBe(403);
    // The same refusal offline: the push rejects the mutation with the error, nothing is written.
    const push = await mentor.send('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [
        {
          id: 1,
          name: 'meeting.recordAttendance',
          args: { id: groupMeeting, entries: [{ personId: w.extra.teacherB, present: true, hours: 30 }] },
        },
      ],
    });
    expect(push.statusCode).toBe(200);
    expect(push.json().results[0]).toMatchObject({ status: 'rejected', error: { code: 'validation_failed' } });
    expect(await snapshot()).toEqual(before);
  });
});
