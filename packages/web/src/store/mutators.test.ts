import type { SyncTable } from '@mentora/core';
import { describe, expect, it } from 'vitest';
import type { Row } from './db';
import { baseOf, mutators, type RowStore } from './mutators';

/** The local tables as plain maps. */
function memory(seed: Partial<Record<SyncTable, Row[]>> = {}) {
  const tables = new Map<SyncTable, Map<string, Row>>();
  const table = (t: SyncTable) => {
    const m = tables.get(t) ?? new Map<string, Row>();
    tables.set(t, m);
    return m;
  };
  for (const [t, rows] of Object.entries(seed)) for (const r of rows ?? []) table(t as SyncTable).set(r.id, r);
  const sut: RowStore = {
    get: async (t, id) => table(t).get(id),
    find: async (t, field, value) => [...table(t).values()].filter((r) => r[field] === value),
    put: async (t, row) => void table(t).set(row.id, row),
    remove: async (t, id) => void table(t).delete(id),
  };
  return { sut, table };
}

const NOW = '2026-03-01T10:00:00.000Z';
const person = (id: string, fullName: string): Row => ({
  id,
  programId: 'p',
  fullName,
  gender: null,
  subjects: ['Urdu'],
  grades: [],
  yearsExperience: null,
  phone: null,
  email: null,
  schoolId: null,
  emisId: null,
});

describe('mutators', () => {
  it('person.create makes the row the server will make, with the defaults of CreatePerson', async () => {
    const { sut, table } = memory();
    await mutators['person.create'](sut, { id: 'a', programId: 'p', fullName: '  Shazia Baloch ' }, NOW);
    expect(table('persons').get('a')).toMatchObject({
      fullName: 'Shazia Baloch',
      subjects: [],
      gender: null,
      createdAt: NOW,
      deletedAt: null,
    });
  });

  it('person.update changes only the fields it names', async () => {
    const { sut, table } = memory({ persons: [person('a', 'Old')] });
    await mutators['person.update'](sut, { id: 'a', subjects: ['Maths', 'Science'] }, NOW);
    expect(table('persons').get('a')).toMatchObject({
      fullName: 'Old',
      subjects: ['Maths', 'Science'],
      updatedAt: NOW,
    });
  });

  it('an update to a record not on this device changes nothing locally', async () => {
    const { sut, table } = memory();
    await mutators['group.update'](sut, { id: 'g', name: 'X' }, NOW);
    expect(table('groups').size).toBe(0);
  });

  it('person.archive takes the person with their roles and memberships', async () => {
    const { sut, table } = memory({
      persons: [person('a', 'A'), person('b', 'B')],
      roleAssignments: [
        { id: 'r1', personId: 'a' },
        { id: 'r2', personId: 'b' },
      ],
      groupMembers: [
        { id: 'm1', personId: 'a', groupId: 'g' },
        { id: 'm2', personId: 'b', groupId: 'g' },
      ],
    });
    await mutators['person.archive'](sut, { id: 'a' }, NOW);
    expect([...table('persons').keys()]).toEqual(['b']);
    expect([...table('roleAssignments').keys()]).toEqual(['r2']);
    expect([...table('groupMembers').keys()]).toEqual(['m2']);
  });

  it('groups: create, rename, add a member, end the membership, archive', async () => {
    const { sut, table } = memory();
    await mutators['group.create'](sut, { id: 'g', programId: 'p', kind: 'school', name: 'Sci', orgUnitId: 'u' }, NOW);
    await mutators['group.update'](sut, { id: 'g', name: 'Science' }, NOW);
    await mutators['group.addMember'](
      sut,
      { id: 'm', groupId: 'g', personId: 'a', role: 'mentee', startDate: '2026-03-01' },
      NOW,
    );
    expect(table('groups').get('g')).toMatchObject({ name: 'Science', kind: 'school', orgUnitId: 'u' });
    expect(table('groupMembers').get('m')).toMatchObject({ role: 'mentee', endDate: null });
    await mutators['group.endMembership'](sut, { id: 'm', endDate: '2026-04-01' }, NOW);
    expect(table('groupMembers').get('m')).toMatchObject({ endDate: '2026-04-01' });
    await mutators['group.archive'](sut, { id: 'g' }, NOW);
    expect(table('groups').size).toBe(0);
    expect(table('groupMembers').size).toBe(0);
  });
});

describe('baseOf', () => {
  it('is what the device shows of the edited fields, never the id', () => {
    expect(baseOf({ id: 'a', fullName: 'New', phone: '123' }, person('a', 'Old'))).toEqual({
      fullName: 'Old',
      phone: null,
    });
    expect(baseOf({ id: 'a', fullName: 'New' }, undefined)).toBeUndefined();
  });
});
