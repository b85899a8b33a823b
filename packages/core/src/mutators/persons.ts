import type { Person } from '../model/person';
import { table } from './device-area';
import { created, type Mutators, patchRow, trimmed } from './row-store';

/** Persons: the table a device holds, and the text fields that keep conflict copies. */
export const personsDevice = {
  tables: { persons: table<Person>() },
  conflictFields: { 'person.update': { table: 'persons', fields: ['fullName', 'phone', 'email', 'emisId'] } },
} as const;

/** Persons (server: modules/persons/commands.ts). */
export const personMutators: Mutators<'person.create' | 'person.update' | 'person.archive'> = {
  'person.create': {
    creates: true,
    async apply(rows, a, now) {
      await rows.put('persons', {
        id: a.id,
        programId: a.programId,
        fullName: trimmed(a.fullName),
        gender: a.gender ?? null,
        subjects: (a.subjects ?? []).map(trimmed),
        grades: (a.grades ?? []).map(trimmed),
        yearsExperience: a.yearsExperience ?? null,
        phone: trimmed(a.phone ?? null),
        email: trimmed(a.email ?? null),
        schoolId: a.schoolId ?? null,
        emisId: trimmed(a.emisId ?? null),
        ...created(now),
      });
    },
  },
  'person.update': { base: 'persons', apply: (rows, a, now) => patchRow(rows, 'persons', a, now) },
  'person.archive': {
    // Their roles and memberships end with them (server: person.archive).
    async apply(rows, a) {
      for (const r of await rows.find('roleAssignments', 'personId', a.id)) await rows.remove('roleAssignments', r.id);
      for (const m of await rows.find('groupMembers', 'personId', a.id)) await rows.remove('groupMembers', m.id);
      await rows.remove('persons', a.id);
    },
  },
};
