import { CreatePerson, UpdatePerson } from '../model/person';
import { ById } from './by-id';
import { coreArea } from './types';

export const personsCore = coreArea({
  commands: {
    'person.create': { input: CreatePerson, sync: true },
    'person.update': { input: UpdatePerson, sync: true },
    'person.archive': { input: ById, sync: true },
  },
});
