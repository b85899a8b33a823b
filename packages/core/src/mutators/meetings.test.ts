import { describe, expect, it } from 'vitest';
import type { Meeting } from '../model/meeting';
import { mutators } from './index';
import { MemoryRows } from './memory-rows';

const NOW = '2026-03-01T10:00:00.000Z';
const meeting: Meeting = {
  id: 'm',
  programId: 'p',
  groupId: 'g',
  kind: 'one_to_one',
  title: 'Debrief',
  scheduledFor: '2026-03-01T09:00:00.000Z',
  durationMinutes: 60,
  endsOn: null,
  status: 'scheduled',
  heldAt: null,
  createdByPersonId: 'mentor',
  menteePersonId: 'mentee',
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
};

describe('meeting mutators (what the phone shows before the server answers)', () => {
  it('records attendance once per person, with no hours for the absent', async () => {
    const rows = new MemoryRows();
    rows.table('meetings').set('m', meeting);
    const entries = [
      { personId: 'a', present: true, hours: 1 },
      { personId: 'b', present: false, hours: 1 },
    ];
    await mutators['meeting.recordAttendance'].apply(rows, { id: 'm', entries }, NOW);
    await mutators['meeting.recordAttendance'].apply(
      rows,
      { id: 'm', entries: [{ personId: 'a', present: true, hours: 0.5 }] },
      NOW,
    );
    const att = [...rows.table('meetingAttendance').values()].map((r) => [r.personId, r.present, r.hours]);
    expect(att).toEqual([
      ['a', true, 0.5],
      ['b', false, 0],
    ]);
  });

  it('writes a one-to-one’s notes as the pair’s record, then edits them in place', async () => {
    const rows = new MemoryRows();
    rows.table('meetings').set('m', meeting);
    await mutators['meeting.writeNotes'].apply(rows, { id: 'm', notes: ' Try think-pair-share ' }, NOW);
    await mutators['meeting.writeNotes'].apply(rows, { id: 'm', outcomes: 'Tuesday' }, NOW);
    expect(rows.table('meetingNotes').get('m')).toMatchObject({
      notes: 'Try think-pair-share',
      outcomes: 'Tuesday',
      ownerPersonId: 'mentee',
      partnerPersonId: 'mentor',
      visibility: 'pair',
    });
  });

  it('marks held and cancels on the device', async () => {
    const rows = new MemoryRows();
    rows.table('meetings').set('m', meeting);
    await mutators['meeting.markHeld'].apply(rows, { id: 'm' }, NOW);
    expect(rows.table('meetings').get('m')).toMatchObject({ status: 'held', heldAt: NOW });
  });
});
