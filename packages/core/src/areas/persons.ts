import { CreatePerson, UpdatePerson } from '../model/person';
import { ById } from './by-id';
import { coreArea } from './types';

export const personsCore = coreArea({
  commands: {
    'person.create': { input: CreatePerson, sync: true },
    'person.update': { input: UpdatePerson, sync: true },
    'person.archive': { input: ById, sync: true },
  },
  syncTables: ['persons'],
  conflictFields: { 'person.update': { table: 'persons', fields: ['fullName', 'phone', 'email', 'emisId'] } },
});
