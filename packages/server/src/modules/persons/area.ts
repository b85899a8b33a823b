import { personsCore } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { personHandlers } from './commands';
import { personResources, personRowToPerson } from './queries';
import { personRoutes } from './routes';

/** Persons (teachers and officials, ARCHITECTURE §2): a device holds its user and their groups' current members. */
export const personsArea: AreaDescriptor = {
  name: 'persons',
  commands: commandsOf(personsCore, personHandlers),
  routes: personRoutes,
  syncTables: [
    syncTable({
      table: 'persons',
      scope: (db, ws) => db.selectFrom('persons').selectAll().where(inIds('id', ws.personIds)),
      toRecord: personRowToPerson,
      resources: personResources,
    }),
  ],
};
