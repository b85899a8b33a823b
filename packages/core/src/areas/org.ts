import { CreateOrgUnit, MoveOrgUnit, RenameOrgUnit } from '../model/org-unit';
import { ById } from './by-id';
import { coreArea } from './types';

export const orgCore = coreArea({
  commands: {
    'orgUnit.create': { input: CreateOrgUnit, sync: true },
    'orgUnit.rename': { input: RenameOrgUnit, sync: true },
    'orgUnit.move': { input: MoveOrgUnit, sync: true },
    'orgUnit.archive': { input: ById, sync: true },
  },
});
