import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core/types';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteLocalDb, getMeta, type LocalDb, openLocalDb } from './db';
import { applyPull, enqueue } from './outbox';
import { myGroups, pendingFor } from './queries';

let db: LocalDb | null = null;
afterEach(async () => {
  if (!db) return;
  db.close();
  await deleteLocalDb(db.userId);
  db = null;
});

const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });
const member = (id: string, personId: string, role: string, endDate: string | null = null) =>
  row('groupMembers', { id, groupId: 'g', personId, role, startDate: '2026-01-01', endDate });

async function working(): Promise<LocalDb> {
  const sut = await openLocalDb('queries-test');
  db = sut;
  await applyPull(sut, (await getMeta<string>(sut, 'clientId')) ?? '', {
    cursor: 1,
    lastMutationId: 0,
    reset: true,
    scope: 's',
    more: false,
    rejected: [],
    changes: [
      row('orgUnits', { id: 'u', name: 'Gymnasium Drenas' }),
      row('groups', { id: 'g', name: 'Science colleagues', orgUnitId: 'u' }),
      row('persons', { id: 'mentor', fullName: 'Mimoza Krasniqi' }),
      row('persons', { id: 'a', fullName: 'Arben Gashi' }),
      row('persons', { id: 'b', fullName: 'Bekim Mustafa' }),
      member('m0', 'mentor', 'mentor'),
      member('m1', 'b', 'mentee'),
      member('m2', 'a', 'mentee'),
      member('m3', 'gone', 'mentee', '2026-02-01'),
    ],
  });
  return sut;
}

describe('local reads for the screens', () => {
  it("a mentor's home: their current groups and current mentees, by name, from the local store", async () => {
    const sut = await working();
    const home = await myGroups(sut, 'mentor', 'mentor', '2026-03-01');
    expect(home).toEqual({
      synced: true,
      groups: [{ id: 'g', name: 'Science colleagues', unitName: 'Gymnasium Drenas' }],
      people: [
        { personId: 'a', fullName: 'Arben Gashi' },
        { personId: 'b', fullName: 'Bekim Mustafa' },
      ],
    });
    expect((await myGroups(sut, 'a', 'mentee', '2026-03-01')).people).toEqual([
      { personId: 'mentor', fullName: 'Mimoza Krasniqi' },
    ]);
  });

  it("lists a group's pending changes, memberships ended included", async () => {
    const sut = await working();
    await enqueue(sut, 'group.update', { id: 'g', name: 'Science' });
    await enqueue(sut, 'group.endMembership', { id: 'm1', endDate: '2026-03-01' });
    await enqueue(sut, 'person.update', { id: 'a', subjects: ['Physics'] });
    expect((await pendingFor(sut, 'g')).map((e) => e.name)).toEqual(['group.update', 'group.endMembership']);
    // The mentee whose membership ended today is no longer listed from tomorrow.
    expect((await myGroups(sut, 'mentor', 'mentor', '2026-03-02')).people.map((p) => p.personId)).toEqual(['a']);
  });
});
