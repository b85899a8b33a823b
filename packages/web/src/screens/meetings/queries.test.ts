import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core/types';
import { describe, expect, it } from 'vitest';
import { getMeta, type LocalDb } from '../../store/db';
import { applyPull, enqueue } from '../../store/outbox';
import { localDbs } from '../../store/test-local-db';
import { fromLocalInput, localGroupMeetings, localMeeting, toLocalInput } from './queries';

const open = localDbs('meetings-queries');
const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });
const sync = {
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  deletedAt: null,
  version: 1,
};
const meeting = (id: string, scheduledFor: string, extra: Record<string, unknown> = {}) =>
  row('meetings', {
    id,
    programId: 'p',
    groupId: 'g',
    kind: 'group_meeting',
    title: id,
    scheduledFor,
    durationMinutes: 90,
    endsOn: null,
    status: 'held',
    heldAt: scheduledFor,
    createdByPersonId: 'mentor',
    menteePersonId: null,
    ...sync,
    ...extra,
  });
const member = (id: string, personId: string, role: string, endDate: string | null = null) =>
  row('groupMembers', { id, groupId: 'g', personId, role, startDate: '2026-01-01', endDate, ...sync });

async function phone(): Promise<LocalDb> {
  const db = await open();
  await applyPull(db, (await getMeta<string>(db, 'clientId')) ?? '', {
    cursor: 1,
    lastMutationId: 0,
    reset: true,
    scope: 's',
    more: false,
    rejected: [],
    changes: [
      row('groups', { id: 'g', programId: 'p', name: 'Science colleagues', orgUnitId: 'u', kind: 'school', ...sync }),
      row('persons', { id: 'mentor', fullName: 'Mimoza Krasniqi' }),
      row('persons', { id: 'a', fullName: 'Arben Gashi' }),
      row('persons', { id: 'b', fullName: 'Besa Mustafa' }),
      member('m0', 'mentor', 'mentor'),
      member('m1', 'a', 'mentee'),
      member('m2', 'b', 'mentee'),
      member('m3', 'gone', 'mentee', '2026-02-01'),
      meeting('older', '2026-03-02T12:00:00.000Z'),
      meeting('newer', '2026-03-09T12:00:00.000Z'),
      meeting('debrief', '2026-03-10T12:00:00.000Z', { kind: 'one_to_one', menteePersonId: 'a' }),
      row('meetingAttendance', {
        id: 'x1',
        meetingId: 'older',
        groupId: 'g',
        personId: 'a',
        present: true,
        hours: 1.5,
        ...sync,
      }),
      row('meetingAttendance', {
        id: 'x2',
        meetingId: 'older',
        groupId: 'g',
        personId: 'b',
        present: false,
        hours: 0,
        ...sync,
      }),
    ],
  });
  return db;
}

describe('meeting screens read the phone', () => {
  it('lists the group’s meetings newest first, with who came and their contact hours', async () => {
    const db = await phone();
    const list = await localGroupMeetings(db, 'g');
    expect(list?.map((m) => [m.id, m.presentCount, m.contactHours])).toEqual([
      ['debrief', 0, 0],
      ['newer', 0, 0],
      ['older', 1, 1.5],
    ]);
    expect(await localGroupMeetings(db, 'not-here')).toBeUndefined();
  });

  it('offers the current members for attendance, only the pair for a one-to-one', async () => {
    const db = await phone();
    const group = await localMeeting(db, 'newer');
    expect(group?.attendees.map((p) => p.fullName)).toEqual(['Arben Gashi', 'Besa Mustafa', 'Mimoza Krasniqi']);
    const pair = await localMeeting(db, 'debrief');
    expect(pair?.attendees.map((p) => p.personId).sort()).toEqual(['a', 'mentor']);
  });

  it('shows attendance and notes written offline at once', async () => {
    const db = await phone();
    await enqueue(db, 'meeting.recordAttendance', {
      id: 'newer',
      entries: [{ personId: 'b', present: true, hours: 1 }],
    });
    await enqueue(db, 'meeting.writeNotes', { id: 'newer', outcomes: 'Exit tickets next week' });
    const shown = await localMeeting(db, 'newer');
    expect(shown?.attendance).toMatchObject([{ personId: 'b', fullName: 'Besa Mustafa', present: true, hours: 1 }]);
    expect(shown?.notes).toMatchObject({ outcomes: 'Exit tickets next week', visibility: 'group' });
    expect((await localGroupMeetings(db, 'g'))?.find((m) => m.id === 'newer')?.contactHours).toBe(1);
  });

  it('offers the goals of the group’s members (the pair’s for a one-to-one) to link the outcomes to', async () => {
    const db = await phone();
    const goal = (id: string, ownerPersonId: string, title: string, deletedAt: string | null = null) => ({
      id,
      programId: 'p',
      groupId: 'g',
      ownerPersonId,
      partnerPersonId: 'mentor',
      authorPersonId: 'mentor',
      visibility: 'pair' as const,
      title,
      needIds: [],
      status: 'open' as const,
      ...sync,
      deletedAt,
    });
    await db
      .rows('goals')
      .bulkPut([
        goal('ga', 'a', 'Exit tickets in every lesson'),
        goal('gb', 'b', 'Group work in chemistry'),
        goal('gz', 'elsewhere', 'Another school’s goal'),
        goal('gone', 'a', 'Dropped goal', '2026-03-05T00:00:00.000Z'),
      ]);
    const group = await localMeeting(db, 'newer');
    expect(group?.goals).toEqual([
      { id: 'ga', title: 'Exit tickets in every lesson', ownerName: 'Arben Gashi' },
      { id: 'gb', title: 'Group work in chemistry', ownerName: 'Besa Mustafa' },
    ]);
    expect((await localMeeting(db, 'debrief'))?.goals.map((g) => g.id)).toEqual(['ga']);
    await enqueue(db, 'meeting.writeNotes', { id: 'newer', goalIds: ['gb'] });
    expect((await localMeeting(db, 'newer'))?.notes?.goalIds).toEqual(['gb']);
  });

  it('turns the form’s local time into a UTC timestamp and back', () => {
    const iso = fromLocalInput('2026-03-12T13:30');
    expect(toLocalInput(iso)).toBe('2026-03-12T13:30');
  });
});
