import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { newId } from '../../clock';
import { type MeetingsWorld, makeMeetingsWorld, pullAll } from './meetings-world';
import { contactHours } from './queries';

describe('meetings: schedule, attendance with hours, held, notes, artefacts', () => {
  let w: MeetingsWorld;
  let mentor: Client;
  beforeAll(async () => {
    w = await makeMeetingsWorld();
    mentor = await w.login('mentor');
  });
  afterAll(() => w.close());

  it('runs a group meeting over REST, and the group sees it all', async () => {
    const scheduled = await mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
      kind: 'group_meeting',
      title: 'Planning formative assessment',
      scheduledFor: '2026-03-12T13:00:00.000Z',
      durationMinutes: 90,
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const id = scheduled.json().id;
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', createdByPersonId: w.people.mentor, endsOn: null });

    // Absent with contact hours is a contradiction: refused, not silently zeroed (issue 8 probe, finding 6).
    const contradictory = await mentor.send('POST', `/api/meetings/${id}/attendance`, {
      entries: [{ personId: w.extra.teacherB, present: false, hours: 1.5 }],
    });
    expect(contradictory.statusCode).toBe(400);
    expect(contradictory.json().error.details).toEqual([
      { path: 'entries.0.hours', message: 'an absent teacher has no contact hours' },
    ]);
    const attendance = await mentor.send('POST', `/api/meetings/${id}/attendance`, {
      entries: [
        { personId: w.extra.teacherA, present: true, hours: 1.5 },
        { personId: w.extra.teacherB, present: false, hours: 0 },
        { personId: w.people.mentor, present: true, hours: 1.25 },
      ],
    });
    expect(attendance.statusCode, attendance.body).toBe(200);
    expect(attendance.json().map((a: { hours: number }) => a.hours)).toEqual([1.5, 0, 1.25]);
    // Recording again corrects, one row per person.
    await mentor.send('POST', `/api/meetings/${id}/attendance`, {
      entries: [{ personId: w.extra.teacherB, present: true, hours: 1 }],
    });

    // Not held yet: no contact hours counted.
    expect((await mentor.get(`/api/persons/${w.extra.teacherA}/contact-hours`)).json().hours).toBe(0);
    const held = await mentor.send('POST', `/api/meetings/${id}/held`, {});
    expect(held.json()).toMatchObject({ status: 'held', heldAt: '2026-03-15T09:00:00.000Z' });

    const notes = await mentor.send('PUT', `/api/meetings/${id}/notes`, {
      agenda: 'Exit tickets',
      notes: 'Shared two exit tickets; Teuta will try one in grade 5.',
      outcomes: 'Each teacher drafts an exit ticket for next week.',
    });
    expect(notes.statusCode, notes.body).toBe(200);
    // Outcomes link to goals the writer can read, not to any id (issue 8 probe, finding 5).
    const madeUp = await mentor.send('PUT', `/api/meetings/${id}/notes`, { goalIds: ['goal-exit-tickets'] });
    expect(madeUp.statusCode).toBe(400);
    expect(madeUp.json().error.details).toEqual([{ path: 'goalIds.0', message: 'not a goal you can read' }]);
    expect(notes.json()).toMatchObject({
      id,
      meetingId: id,
      visibility: 'group',
      ownerPersonId: w.people.mentor,
      partnerPersonId: null,
      groupId: w.schoolGroupId,
    });
    const edited = await mentor.send('PUT', `/api/meetings/${id}/notes`, { outcomes: 'Drafts due Friday.' });
    expect(edited.json()).toMatchObject({ agenda: 'Exit tickets', outcomes: 'Drafts due Friday.' });

    const artefact = await mentor.send('POST', '/api/meeting-artefacts', {
      id: newId(),
      meetingId: id,
      kind: 'test',
      title: 'Grade 5 fractions exit ticket',
      url: 'https://example.org/exit-ticket',
    });
    expect(artefact.statusCode, artefact.body).toBe(201);

    const teacherA = await w.login('teacherA');
    const detail = (await teacherA.get(`/api/meetings/${id}`)).json();
    expect(detail.meeting.status).toBe('held');
    expect(detail.attendance).toHaveLength(3);
    expect(detail.notes.outcomes).toBe('Drafts due Friday.');
    expect(detail.artefacts.map((a: { title: string }) => a.title)).toEqual(['Grade 5 fractions exit ticket']);
    expect(detail.may).toEqual({ update: false, readContent: true });

    const list = (await teacherA.get(`/api/groups/${w.schoolGroupId}/meetings`)).json();
    expect(list.items[0]).toMatchObject({ id, presentCount: 3, contactHours: 3.75 });
    expect(
      (await teacherA.get(`/api/persons/${w.extra.teacherA}/contact-hours?from=2026-03-01&to=2026-03-12`)).json(),
    ).toEqual({
      personId: w.extra.teacherA,
      from: '2026-03-01',
      to: '2026-03-12',
      hours: 1.5,
      meetings: 1,
    });
    // Outside the period: nothing.
    expect((await teacherA.get(`/api/persons/${w.extra.teacherA}/contact-hours?to=2026-03-11`)).json().hours).toBe(0);
    const sums = await contactHours(w.handle.db, [w.extra.teacherA, w.extra.teacherB, w.people.outsider], null, null);
    expect([...sums.values()].map((s) => s.hours)).toEqual([1.5, 1, 0]);

    // A teacher of the group reads but does not record.
    const refused = await teacherA.send('POST', `/api/meetings/${id}/cancel`);
    expect(refused.statusCode).toBe(403);
    // A held meeting is not cancelled; an artefact is removed by its author only.
    expect((await mentor.send('POST', `/api/meetings/${id}/cancel`)).statusCode).toBe(409);
    expect((await teacherA.send('DELETE', `/api/meeting-artefacts/${artefact.json().id}`)).statusCode).toBe(403);
    expect((await mentor.send('DELETE', `/api/meeting-artefacts/${artefact.json().id}`)).statusCode).toBe(204);
    expect((await teacherA.get(`/api/meetings/${id}`)).json().artefacts).toEqual([]);
  });

  it('runs a meeting offline: sync push, and the group pulls it', async () => {
    const clientId = crypto.randomUUID();
    const id = newId();
    const artefactId = newId();
    const mutations = [
      {
        id: 1,
        name: 'meeting.schedule',
        args: {
          id,
          groupId: w.schoolGroupId,
          kind: 'group_meeting',
          title: 'Lesson study',
          scheduledFor: '2026-03-13T12:00:00.000Z',
          durationMinutes: 60,
        },
      },
      {
        id: 2,
        name: 'meeting.recordAttendance',
        args: { id, entries: [{ personId: w.extra.teacherB, present: true, hours: 1 }] },
      },
      { id: 3, name: 'meeting.markHeld', args: { id } },
      { id: 4, name: 'meeting.writeNotes', args: { id, notes: 'Observed a colleague’s lesson together.' } },
      {
        id: 5,
        name: 'meeting.attachArtefact',
        args: {
          id: artefactId,
          meetingId: id,
          kind: 'lesson_plan',
          title: 'Shared lesson plan',
          url: 'https://example.org/lp',
        },
      },
    ];
    const push = await mentor.send('POST', '/api/sync/push', { clientId, mutations });
    expect(push.statusCode, push.body).toBe(200);
    expect(push.json().results.map((r: { status: string }) => r.status)).toEqual(Array(5).fill('applied'));

    const pulled = await pullAll(await w.login('teacherB'));
    expect(pulled.meetings?.find((m) => m.id === id)).toMatchObject({ status: 'held', title: 'Lesson study' });
    expect(pulled.meetingAttendance?.find((a) => a.meetingId === id)).toMatchObject({ present: true, hours: 1 });
    expect(pulled.meetingNotes?.find((n) => n.id === id)).toMatchObject({
      notes: 'Observed a colleague’s lesson together.',
    });
    expect(pulled.meetingArtefacts?.find((a) => a.id === artefactId)).toMatchObject({ kind: 'lesson_plan' });

    // Two devices edit the notes: server order wins, the overwritten text is kept as a conflict copy.
    const later = await mentor.send('POST', '/api/sync/push', {
      clientId,
      mutations: [
        {
          id: 6,
          name: 'meeting.writeNotes',
          args: { id, notes: 'Second version' },
          base: { notes: 'Observed a colleague’s lesson together.' },
        },
        {
          id: 7,
          name: 'meeting.writeNotes',
          args: { id, notes: 'Third version' },
          base: { notes: 'Observed a colleague’s lesson together.' },
        },
      ],
    });
    expect(later.statusCode).toBe(200);
    const copies = await w.handle.db.selectFrom('conflictCopies').selectAll().where('recordId', '=', id).execute();
    expect(copies.map((c) => [c.field, c.keptText, c.winningText])).toEqual([
      ['notes', 'Second version', 'Third version'],
    ]);
  });

  it('keeps a one-to-one to its pair; the group sees neither it nor its notes', async () => {
    const o = await mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
      kind: 'one_to_one',
      title: 'Debrief after observation',
      scheduledFor: '2026-03-14T10:00:00.000Z',
      durationMinutes: 45,
      menteePersonId: w.extra.teacherA,
    });
    expect(o.statusCode, o.body).toBe(201);
    const id = o.json().id;
    await mentor.send('POST', `/api/meetings/${id}/attendance`, {
      entries: [{ personId: w.extra.teacherA, present: true, hours: 0.75 }],
    });
    // teacherB is in the group but not in this pair: not an attendee.
    const wrong = await mentor.send('POST', `/api/meetings/${id}/attendance`, {
      entries: [{ personId: w.extra.teacherB, present: true, hours: 0.5 }],
    });
    expect(wrong.statusCode).toBe(400);
    await mentor.send('POST', `/api/meetings/${id}/held`, {});
    const teacherA = await w.login('teacherA');
    // The mentee writes in the pair's notes too (pair-edited).
    const n = await teacherA.send('PUT', `/api/meetings/${id}/notes`, { notes: 'I want to try think-pair-share.' });
    expect(n.json()).toMatchObject({
      visibility: 'pair',
      ownerPersonId: w.extra.teacherA,
      partnerPersonId: w.people.mentor,
    });
    expect((await mentor.send('PUT', `/api/meetings/${id}/notes`, { outcomes: 'Try it Tuesday.' })).statusCode).toBe(
      200,
    );

    expect((await teacherA.get(`/api/meetings/${id}`)).json().notes).toMatchObject({
      notes: 'I want to try think-pair-share.',
      outcomes: 'Try it Tuesday.',
    });
    const teacherB = await w.login('teacherB');
    expect((await teacherB.get(`/api/meetings/${id}`)).statusCode).toBe(404);
    expect((await teacherB.send('PUT', `/api/meetings/${id}/notes`, { notes: 'x' })).statusCode).toBe(404);
    const list = (await teacherB.get(`/api/groups/${w.schoolGroupId}/meetings`)).json();
    expect(list.items.map((m: { id: string }) => m.id)).not.toContain(id);
    const pulled = await pullAll(teacherB);
    expect(pulled.meetings?.map((m) => m.id)).not.toContain(id);
    expect((pulled.meetingAttendance ?? []).map((a) => a.meetingId)).not.toContain(id);
    expect((pulled.meetingNotes ?? []).map((m) => m.id)).not.toContain(id);
    const pairPull = await pullAll(teacherA);
    expect(pairPull.meetingNotes?.map((m) => m.id)).toContain(id);
    expect((await teacherA.get(`/api/persons/${w.extra.teacherA}/contact-hours`)).json().hours).toBe(2.25);
  });
  it('keeps joint work for a goal to the teacher and the mentor who attached it', async () => {
    const need = await mentor.send('POST', '/api/needs', {
      groupId: w.schoolGroupId,
      ownerPersonId: w.extra.teacherA,
      partnerPersonId: w.people.mentor,
      level: 'specific',
      areaKey: 'classroom-management',
      source: 'meeting',
      description: 'Questions stay at recall level',
    });
    expect(need.statusCode, need.body).toBe(201);
    const goal = await mentor.send('POST', '/api/goals', {
      groupId: w.schoolGroupId,
      ownerPersonId: w.extra.teacherA,
      partnerPersonId: w.people.mentor,
      needIds: [need.json().id],
      title: 'Ask questions that climb the ladder',
    });
    expect(goal.statusCode, goal.body).toBe(201);
    // A made-up goal id is refused (issue 8 probe, finding 5).
    const madeUp = await mentor.send('POST', '/api/meeting-artefacts', {
      goalId: 'goal-questioning',
      groupId: w.schoolGroupId,
      ownerPersonId: w.extra.teacherA,
      kind: 'link',
      title: 'x',
      url: 'https://example.org/x',
    });
    expect(madeUp.statusCode).toBe(400);
    const attach = (c: Client, body: object) =>
      c.send('POST', '/api/meeting-artefacts', {
        goalId: goal.json().id,
        groupId: w.schoolGroupId,
        ownerPersonId: w.extra.teacherA,
        kind: 'lesson_plan',
        title: 'Questioning ladder',
        url: 'https://example.org/ladder',
        ...body,
      });
    const made = await attach(mentor, {});
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ meetingId: null, visibility: 'pair', partnerPersonId: w.people.mentor });
    expect((await pullAll(await w.login('teacherA'))).meetingArtefacts?.map((a) => a.id)).toContain(made.json().id);
    expect((await pullAll(await w.login('teacherB'))).meetingArtefacts?.map((a) => a.id) ?? []).not.toContain(
      made.json().id,
    );
    // Not for a teacher outside the group, and not by someone outside it.
    expect((await attach(mentor, { ownerPersonId: w.people.outsider })).statusCode).toBe(400);
    expect((await attach(await w.login('head'), {})).statusCode).toBe(404);
  });

  it('takes no notes of a cancelled meeting (issue 8 re-probe, finding 12)', async () => {
    const m = await mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
      kind: 'group_meeting',
      title: 'Called off',
      scheduledFor: '2026-03-20T13:00:00.000Z',
      durationMinutes: 60,
    });
    expect(m.statusCode, m.body).toBe(201);
    expect((await mentor.send('POST', `/api/meetings/${m.json().id}/cancel`, {})).statusCode).toBe(200);
    const notes = await mentor.send('PUT', `/api/meetings/${m.json().id}/notes`, { notes: 'Nothing happened' });
    expect(notes.statusCode).toBe(409);
  });
});
