import type { GroupMember, Reflection } from '@mentora/core/types';
import { describe, expect, it } from 'vitest';
import { localDbs } from '../../store/test-local-db';
import { myReflections, pairChoices, sharesOf } from './queries';

const fresh = localDbs('reflections');
const sync = { createdAt: '2026-03-01T08:00:00.000Z', updatedAt: 'x', deletedAt: null, version: 1 };
const entry = (id: string, authorPersonId: string, entryDate: string, createdAt = sync.createdAt): Reflection => ({
  id,
  programId: 'p',
  groupId: null,
  ownerPersonId: authorPersonId,
  partnerPersonId: null,
  authorPersonId,
  visibility: 'author',
  promptSetKey: 'describe-interpret-evaluate-plan',
  answers: { describe: id },
  linkedType: null,
  linkedId: null,
  entryDate,
  ...sync,
  createdAt,
});
const person = (id: string, fullName: string) => ({
  id,
  programId: 'p',
  fullName,
  gender: null,
  subjects: [],
  grades: [],
  yearsExperience: null,
  phone: null,
  email: null,
  schoolId: null,
  emisId: null,
  ...sync,
});
const member = (
  id: string,
  groupId: string,
  personId: string,
  role: 'mentor' | 'mentee',
  endDate: string | null = null,
): GroupMember => ({
  id,
  groupId,
  personId,
  role,
  startDate: '2026-01-01',
  endDate,
  ...sync,
});

describe('portfolio queries on the phone', () => {
  it("lists only the user's own entries, newest first", async () => {
    const db = await fresh();
    await db
      .rows('reflections')
      .bulkPut([
        entry('old', 'me', '2026-02-01'),
        entry('new', 'me', '2026-03-05'),
        entry('same-day-later', 'me', '2026-03-05', '2026-03-05T12:00:00.000Z'),
        entry('mentors', 'mentor', '2026-03-09'),
      ]);
    expect((await myReflections(db, 'me')).map((r) => r.id)).toEqual(['same-day-later', 'new', 'old']);
  });

  it('names the people an entry is shared with, and says so when one is not on the phone', async () => {
    const db = await fresh();
    await db.rows('persons').put(person('officer', 'Arben Officer'));
    const share = (id: string, personId: string, createdAt: string) => ({
      id,
      programId: 'p',
      tableName: 'reflections',
      recordId: 'r1',
      personId,
      grantedByPersonId: 'me',
      revokedAt: null,
      ...sync,
      createdAt,
    });
    await db
      .rows('contentShares')
      .bulkPut([share('s2', 'stranger', '2026-03-02'), share('s1', 'officer', '2026-03-01')]);
    expect((await sharesOf(db, 'r1')).map((s) => [s.id, s.name])).toEqual([
      ['s1', 'Arben Officer'],
      ['s2', null],
    ]);
  });

  it("offers the other side of each of the user's current groups as a pair", async () => {
    const db = await fresh();
    await db.rows('groups').put({ id: 'g', programId: 'p', kind: 'school', name: 'Drenas', orgUnitId: 'u', ...sync });
    await db
      .rows('persons')
      .bulkPut([person('mentor', 'Mentor'), person('other', 'Other mentee'), person('gone', 'Gone')]);
    await db
      .rows('groupMembers')
      .bulkPut([
        member('m1', 'g', 'me', 'mentee'),
        member('m2', 'g', 'mentor', 'mentor'),
        member('m3', 'g', 'other', 'mentee'),
        member('m4', 'g', 'gone', 'mentor', '2026-02-01'),
      ]);
    expect(await pairChoices(db, 'me', '2026-03-15')).toEqual([
      { groupId: 'g', groupName: 'Drenas', partners: [{ personId: 'mentor', fullName: 'Mentor' }] },
    ]);
  });
});
