import { type Resource, rolesCore } from '@mentora/core';
import { type AreaDescriptor, commandsOf, syncTable } from '../../area';
import { roleHandlers } from './commands';
import { roleRoutes } from './routes';

/** Role assignments (person, role, unit, program): a device holds its own user's roles. */
export const rolesArea: AreaDescriptor = {
  name: 'roles',
  commands: commandsOf(rolesCore, roleHandlers),
  routes: roleRoutes,
  syncTables: [
    syncTable({
      table: 'roleAssignments',
      scope: (db, ws) => db.selectFrom('roleAssignments').selectAll().where('personId', '=', ws.personId),
      toRecord: (r) => ({ ...r }),
      resources: async (db, rows) => {
        const units = await db
          .selectFrom('orgUnits')
          .select(['id', 'path'])
          .where('id', 'in', [...new Set(rows.map((r) => r.orgUnitId))])
          .execute();
        const pathOf = new Map(units.map((u) => [u.id, u.path]));
        const out = new Map<string, Resource>();
        for (const r of rows) {
          const path = pathOf.get(r.orgUnitId);
          if (path !== undefined)
            out.set(r.id, { type: 'role_assignment', programId: r.programId, path, personId: r.personId });
        }
        return out;
      },
    }),
  ],
};
