import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core/types';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getMeta, type LocalDb } from '../../store/db';
import { applyPull } from '../../store/outbox';
import { localDbs } from '../../store/test-local-db';
import { clusterChoices, followUpConcerns, mentorVisits, visitShown, visitsToAcknowledge } from './queries';

const open = localDbs('visits');
const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });
const sync = { createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T09:00:00Z', deletedAt: null, version: 1 };
const TODAY = '2026-03-15';
const unit = (id: string, name: string, path: string, kind: string) =>
  row('orgUnits', { id, programId: 'p', parentId: null, name, kind, emisCode: null, path, ...sync });
const member = (id: string, personId: string, role: string) =>
  row('groupMembers', { id, groupId: 'g', personId, role, startDate: '2026-01-01', endDate: null, ...sync });
const visit = (id: string, plannedFor: string, status: string, extra: Record<string, unknown> = {}) =>
  row('visits', {
    id,
    programId: 'p',
    groupId: 'g',
    schoolUnitId: 's1',
    mentorPersonId: 'mentor',
    plannedFor,
    status,
    doneAt: null,
    concernIds: [],
    teacherPersonIds: [],
    observationId: null,
    acknowledgedAt: null,
    acknowledgedByPersonId: null,
    ...sync,
    ...extra,
  });

/** The mentor's phone: the Uthal cluster (schools s1, s2; s3 elsewhere), a teacher at each school, four visits. */
async function mentorPhone(): Promise<LocalDb> {
  const db = await open();
  await applyPull(db, (await getMeta<string>(db, 'clientId')) ?? '', {
    cursor: 1,
    lastMutationId: 0,
    reset: true,
    scope: 's',
    more: false,
    rejected: [],
    changes: [
      unit('c', 'Uthal cluster', '/r/c/', 'cluster'),
      unit('s1', 'GPS Uthal 1', '/r/c/s1/', 'school'),
      unit('s2', 'GGPS Uthal 2', '/r/c/s2/', 'school'),
      unit('s3', 'GPS Khuzdar', '/r/d2/s3/', 'school'),
      row('groups', { id: 'g', programId: 'p', name: 'Uthal cluster group', orgUnitId: 'c', kind: 'cluster', ...sync }),
      row('persons', { id: 'mentor', fullName: 'Abdul Ghani', schoolId: 's2' }),
      row('persons', { id: 'a', fullName: 'Shazia Baloch', schoolId: 's1' }),
      row('persons', { id: 'b', fullName: 'Naseem Akhtar', schoolId: 's2' }),
      member('m0', 'mentor', 'mentor'),
      member('m1', 'a', 'mentee'),
      member('m2', 'b', 'mentee'),
      visit('done', '2026-03-05', 'done', { teacherPersonIds: ['a'], doneAt: '2026-03-05T10:00:00Z' }),
      visit('late', '2026-03-10', 'planned'),
      visit('next', '2026-03-20', 'planned'),
      visit('soon', '2026-03-16', 'planned'),
      row('visitNotes', {
        id: 'done',
        visitId: 'done',
        programId: 'p',
        groupId: 'g',
        ownerPersonId: 'mentor',
        partnerPersonId: null,
        authorPersonId: 'mentor',
        visibility: 'pair',
        supportGiven: 'Modelled a reading lesson.',
        ...sync,
      }),
    ],
  });
  return db;
}

describe('visit screens’ reads of the phone', () => {
  it('lists the mentor’s visits overdue first and flagged, then upcoming by date, then done', async () => {
    const db = await mentorPhone();
    const items = await mentorVisits(db, 'mentor', TODAY);
    expect(items.map((i) => [i.visit.id, i.overdue])).toEqual([
      ['late', true],
      ['soon', false],
      ['next', false],
      ['done', false],
    ]);
    expect(items[0]?.schoolName).toBe('GPS Uthal 1');
  });

  it('offers the cluster’s schools only, and the teachers of the visited school only', async () => {
    const db = await mentorPhone();
    const [cluster] = await clusterChoices(db, 'mentor');
    expect(cluster?.schools.map((s) => s.name)).toEqual(['GGPS Uthal 2', 'GPS Uthal 1']);
    const shown = await visitShown(db, 'done');
    expect(shown?.teachers).toEqual([{ personId: 'a', fullName: 'Shazia Baloch' }]);
    expect(shown?.seen).toEqual([{ personId: 'a', fullName: 'Shazia Baloch' }]);
    expect(shown?.note?.supportGiven).toBe('Modelled a reading lesson.');
  });

  it('reads the cluster’s concerns needing follow-up from a `concerns` table, and none without one', async () => {
    const bare = new Dexie('visits-no-concerns');
    bare.version(1).stores({ visits: 'id' });
    await bare.open();
    expect(await followUpConcerns(bare as unknown as LocalDb, 'g')).toEqual([]);
    bare.close();

    // Helper C's device table (issue9-design.md): id, groupId, state, category, followUpSchoolUnitId, followUpBy.
    const withConcerns = new Dexie('visits-with-concerns');
    withConcerns.version(1).stores({ concerns: 'id, groupId' });
    const concern = (id: string, groupId: string, state: string) => ({
      id,
      groupId,
      state,
      category: 'reading',
      followUpSchoolUnitId: 's1',
      followUpBy: '2026-03-30',
      deletedAt: null,
    });
    await withConcerns
      .table('concerns')
      .bulkPut([
        concern('c1', 'g', 'needs_follow_up'),
        concern('c2', 'g', 'discussed'),
        concern('c3', 'other', 'needs_follow_up'),
      ]);
    const found = await followUpConcerns(withConcerns as unknown as LocalDb, 'g');
    expect(found.map((c) => c.id)).toEqual(['c1']);
    withConcerns.close();
  });

  it('puts a done visit waiting for the head teacher first', async () => {
    const db = await mentorPhone();
    const items = await visitsToAcknowledge(db, ['s1']);
    expect(items.map((i) => i.visit.id)[0]).toBe('done');
    expect(await visitsToAcknowledge(db, ['s3'])).toEqual([]);
  });
});
