import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core/types';
import { describe, expect, it } from 'vitest';
import { getMeta, type LocalDb } from '../../store/db';
import { applyPull, enqueue } from '../../store/outbox';
import { localDbs } from '../../store/test-local-db';
import { clusterConcerns, meetingAgenda, myConcerns } from './queries';

const open = localDbs('concerns-queries');
const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });
const sync = {
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  deletedAt: null,
  version: 1,
};
const concern = (id: string, extra: Record<string, unknown> = {}) =>
  row('concerns', {
    id,
    programId: 'p',
    groupId: 'g',
    category: 'pedagogy',
    subject: null,
    grade: null,
    state: 'needs_follow_up',
    meetingId: null,
    agendaPosition: null,
    mergedIntoId: null,
    sharedWithCluster: true,
    showRaiserName: false,
    raisedAt: `2026-03-0${id.length}T00:00:00.000Z`,
    discussedAt: null,
    resolvedAt: null,
    closedAt: null,
    followUpSchoolUnitId: null,
    followUpBy: '2026-03-10',
    followedUpAt: null,
    followedUpVisitId: null,
    reopenedCount: 0,
    resolutionDays: null,
    ...sync,
    ...extra,
  });
const detail = (id: string, description: string) =>
  row('concernDetails', {
    id,
    concernId: id,
    programId: 'p',
    groupId: 'g',
    ownerPersonId: '',
    partnerPersonId: null,
    authorPersonId: '',
    visibility: 'group',
    description,
    resolution: null,
    ...sync,
  });

/** Shazia's phone: her own concern, a colleague's shared one without a name, one merged away. */
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
      row('groups', { id: 'g', programId: 'p', name: 'Cluster Uthal', orgUnitId: 'u', kind: 'cluster', ...sync }),
      row('persons', { id: 'me', fullName: 'Shazia Baloch' }),
      concern('a', { meetingId: 'm', agendaPosition: 2 }),
      concern('bb', { meetingId: 'm', agendaPosition: 1, state: 'raised' }),
      concern('ccc', { mergedIntoId: 'a', state: 'closed' }),
      detail('a', 'No chalk'),
      detail('bb', 'Seventy children'),
      row('concernRaisers', {
        id: 'r1',
        concernId: 'a',
        groupId: 'g',
        personId: 'me',
        showName: false,
        raisedAt: sync.createdAt,
        ...sync,
      }),
      row('meetings', {
        id: 'm',
        programId: 'p',
        groupId: 'g',
        kind: 'group_meeting',
        title: 'Cluster meeting',
        scheduledFor: '2026-03-20T05:00:00.000Z',
        durationMinutes: 360,
        endsOn: null,
        status: 'scheduled',
        heldAt: null,
        createdByPersonId: 'mentor',
        menteePersonId: null,
        ...sync,
      }),
    ],
  });
  return db;
}

describe('concerns on the phone', () => {
  it('lists my concerns, one raised offline too, and names only who the phone may know', async () => {
    const db = await phone();
    await enqueue(db, 'concern.raise', { groupId: 'g', category: 'other', description: 'Raised offline' });
    const mine = await myConcerns(db, 'me', '2026-03-15');
    expect(mine.map((c) => c.description)).toEqual(['Raised offline', 'No chalk']);
    expect(mine[1]).toMatchObject({ raisedByMe: true, raiserNames: ['Shazia Baloch'], overdue: true });
    const board = await clusterConcerns(db, 'g', 'me', '2026-03-15');
    const shared = board?.concerns.find((c) => c.id === 'bb');
    expect(shared).toMatchObject({ raisedByMe: false, raiserNames: [], overdue: false });
    // The concern merged away is not on the board.
    expect(board?.concerns.map((c) => c.id)).not.toContain('ccc');
  });

  it('shows a meeting agenda in its order, and the concerns that may still be added', async () => {
    const db = await phone();
    const agenda = await meetingAgenda(db, 'm', 'me', '2026-03-15');
    expect(agenda?.onAgenda.map((c) => c.id)).toEqual(['bb', 'a']);
    await enqueue(db, 'concern.orderAgenda', { id: 'm', meetingId: 'm', concernIds: ['a'] });
    const after = await meetingAgenda(db, 'm', 'me', '2026-03-15');
    expect(after?.onAgenda.map((c) => c.id)).toEqual(['a', 'bb']);
  });
});
