import { orgCore } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { orgHandlers } from './commands';
import { orgUnitResource, orgUnitRowToOrgUnit } from './queries';
import { orgRoutes } from './routes';

/** Org units: the program's hierarchy; a device holds the units on its user's paths. */
export const orgArea: AreaDescriptor = {
  name: 'org',
  commands: commandsOf(orgCore, orgHandlers),
  routes: orgRoutes,
  syncTables: [
    syncTable({
      table: 'orgUnits',
      scope: (db, ws) => db.selectFrom('orgUnits').selectAll().where(inIds('id', ws.unitIds)),
      toRecord: orgUnitRowToOrgUnit,
      resources: async (_db, rows) => new Map(rows.map((r) => [r.id, orgUnitResource(r)])),
    }),
  ],
};
