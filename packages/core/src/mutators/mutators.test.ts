import { describe, expect, it } from 'vitest';
import type { GroupMember } from '../model/group';
import type { Person } from '../model/person';
import type { RoleAssignment } from '../model/role-assignment';
import { applyMutation, baseOf, baseTable, createsRecord, hasMutator, mutators } from './index';
import { MemoryRows } from './memory-rows';

const NOW = '2026-03-01T10:00:00.000Z';
const sync = { createdAt: 'x', updatedAt: 'x', deletedAt: null, version: 1 };
const person = (id: string, fullName: string): Person => ({
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
  ...sync,
});
const role = (id: string, personId: string): RoleAssignment => ({
  id,
  personId,
  role: 'teacher',
  programId: 'p',
  orgUnitId: 'u',
  ...sync,
});
const member = (id: string, personId: string, groupId: string): GroupMember => ({
  id,
  personId,
  groupId,
  role: 'mentee',
  startDate: '2026-01-01',
  endDate: null,
  ...sync,
});

function memory(seed: { persons?: Person[]; roleAssignments?: RoleAssignment[]; groupMembers?: GroupMember[] } = {}) {
  const sut = new MemoryRows();
  for (const r of seed.persons ?? []) sut.table('persons').set(r.id, r);
  for (const r of seed.roleAssignments ?? []) sut.table('roleAssignments').set(r.id, r);
  for (const r of seed.groupMembers ?? []) sut.table('groupMembers').set(r.id, r);
  return { sut, table: sut.table.bind(sut) };
}

describe('mutators', () => {
  it('person.create makes the row the server will make, with the defaults of CreatePerson', async () => {
    const { sut, table } = memory();
    await mutators['person.create'].apply(sut, { id: 'a', programId: 'p', fullName: '  Shazia Baloch ' }, NOW);
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
    await mutators['person.update'].apply(sut, { id: 'a', subjects: ['Maths', 'Science'] }, NOW);
    expect(table('persons').get('a')).toMatchObject({
      fullName: 'Old',
      subjects: ['Maths', 'Science'],
      updatedAt: NOW,
    });
  });

  it('an update to a record not on this device changes nothing locally', async () => {
    const { sut, table } = memory();
    await mutators['group.update'].apply(sut, { id: 'g', name: 'X' }, NOW);
    expect(table('groups').size).toBe(0);
  });

  it('person.archive takes the person with their roles and memberships', async () => {
    const { sut, table } = memory({
      persons: [person('a', 'A'), person('b', 'B')],
      roleAssignments: [role('r1', 'a'), role('r2', 'b')],
      groupMembers: [member('m1', 'a', 'g'), member('m2', 'b', 'g')],
    });
    await mutators['person.archive'].apply(sut, { id: 'a' }, NOW);
    expect([...table('persons').keys()]).toEqual(['b']);
    expect([...table('roleAssignments').keys()]).toEqual(['r2']);
    expect([...table('groupMembers').keys()]).toEqual(['m2']);
  });

  it('groups: create, rename, add a member, end the membership, archive', async () => {
    const { sut, table } = memory();
    await mutators['group.create'].apply(
      sut,
      { id: 'g', programId: 'p', kind: 'school', name: 'Sci', orgUnitId: 'u' },
      NOW,
    );
    await mutators['group.update'].apply(sut, { id: 'g', name: 'Science' }, NOW);
    await mutators['group.addMember'].apply(
      sut,
      { id: 'm', groupId: 'g', personId: 'a', role: 'mentee', startDate: '2026-03-01' },
      NOW,
    );
    expect(table('groups').get('g')).toMatchObject({ name: 'Science', kind: 'school', orgUnitId: 'u' });
    expect(table('groupMembers').get('m')).toMatchObject({ role: 'mentee', endDate: null });
    await mutators['group.endMembership'].apply(sut, { id: 'm', endDate: '2026-04-01' }, NOW);
    expect(table('groupMembers').get('m')).toMatchObject({ endDate: '2026-04-01' });
    await mutators['group.archive'].apply(sut, { id: 'g' }, NOW);
    expect(table('groups').size).toBe(0);
    expect(table('groupMembers').size).toBe(0);
  });
});

describe('applyMutation', () => {
  it('runs the mutator of a queued entry by name, and leaves a command without one to the server', async () => {
    const { sut, table } = memory({ persons: [person('a', 'Old')] });
    expect(await applyMutation(sut, 'person.update', { id: 'a', fullName: ' New ' }, NOW)).toBe(true);
    expect(table('persons').get('a')?.fullName).toBe('New');
    expect(await applyMutation(sut, 'orgUnit.rename', { id: 'u', name: 'X' }, NOW)).toBe(false);
    expect(await applyMutation(sut, 'no.such', { id: 'a' }, NOW)).toBe(false);
    expect(table('orgUnits').size).toBe(0);
  });

  it('says which commands create a record and which table an update takes its base from', () => {
    expect(['person.create', 'group.create', 'group.addMember'].every((n) => hasMutator(n) && createsRecord(n))).toBe(
      true,
    );
    expect(createsRecord('person.update')).toBe(false);
    expect(baseTable('person.update')).toBe('persons');
    expect(baseTable('group.update')).toBe('groups');
    expect(baseTable('group.endMembership')).toBe('groupMembers');
    expect(baseTable('group.create')).toBeUndefined();
    expect(hasMutator('account.create')).toBe(false);
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
