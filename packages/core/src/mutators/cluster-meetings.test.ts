import { describe, expect, it } from 'vitest';
import type { Meeting } from '../model/meeting';
import type { Program } from '../model/program';
import { mutators } from './index';
import { MemoryRows } from './memory-rows';

// Issue 9: a cluster's year and its attendance by day show on the phone before the server answers.
const NOW = '2026-03-01T10:00:00.000Z';
const cluster: Meeting = {
  id: 'm',
  programId: 'p',
  groupId: 'g',
  kind: 'cluster_meeting',
  title: 'March cluster meeting',
  // 09:00 in Karachi.
  scheduledFor: '2026-03-02T04:00:00.000Z',
  durationMinutes: 300,
  endsOn: '2026-03-03',
  status: 'scheduled',
  heldAt: null,
  createdByPersonId: 'mentor',
  menteePersonId: null,
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
};

function world() {
  const rows = new MemoryRows();
  rows.table('programs').set('p', {
    id: 'p',
    settings: { clusterMeetingDaysPerMonth: 2, timeZone: 'Asia/Karachi' },
  } as unknown as Program);
  rows.table('meetings').set('m', cluster);
  return rows;
}

describe('cluster meeting mutators', () => {
  it('takes each day with late arrival and early leave, and keeps the meeting total as the server does', async () => {
    const rows = world();
    const day = mutators['meeting.recordDayAttendance'];
    await day.apply(
      rows,
      {
        id: 'm',
        day: '2026-03-02',
        entries: [
          { personId: 'a', present: true, arrivedAt: '10:30' },
          { personId: 'b', present: false },
        ],
      },
      NOW,
    );
    await day.apply(
      rows,
      { id: 'm', day: '2026-03-03', entries: [{ personId: 'a', present: true, leftAt: '12:00' }] },
      NOW,
    );
    // A day the meeting does not have changes nothing (the server refuses it).
    await day.apply(rows, { id: 'm', day: '2026-03-04', entries: [{ personId: 'a', present: true }] }, NOW);
    const days = [...rows.table('meetingDayAttendance').values()].map((r) => [r.personId, r.day, r.hours]);
    expect(days).toEqual([
      ['a', '2026-03-02', 3.5],
      ['b', '2026-03-02', 0],
      ['a', '2026-03-03', 3],
    ]);
    const totals = [...rows.table('meetingAttendance').values()].map((r) => [r.personId, r.present, r.hours]);
    expect(totals).toEqual([
      ['a', true, 6.5],
      ['b', false, 0],
    ]);
  });

  it('schedules a proposed year of cluster meetings in one change', async () => {
    const rows = world();
    rows.table('groups').set('g', { id: 'g', programId: 'p' } as never);
    await mutators['meeting.scheduleCluster'].apply(
      rows,
      {
        id: 'g',
        meetings: [
          {
            id: 'n1',
            title: 'April',
            scheduledFor: '2026-04-06T04:00:00.000Z',
            durationMinutes: 300,
            endsOn: '2026-04-07',
          },
          { id: 'n2', title: 'May', scheduledFor: '2026-05-11T04:00:00.000Z', durationMinutes: 300, endsOn: null },
        ],
      },
      NOW,
    );
    expect(rows.table('meetings').get('n1')).toMatchObject({
      kind: 'cluster_meeting',
      groupId: 'g',
      programId: 'p',
      endsOn: '2026-04-07',
    });
    expect(rows.table('meetings').get('n2')).toMatchObject({ status: 'scheduled', endsOn: null });
  });
});
