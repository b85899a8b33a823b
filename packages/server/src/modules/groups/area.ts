import { groupsCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import type { Db } from '../../db/connect';
import { groupHandlers } from './commands';
import { groupResource, groupRowToGroup, memberRowToMember } from './queries';
import { groupRoutes } from './routes';

/** The policy resources of groups by id, in one query (a membership is read as its group). */
async function groupResources(db: Db, groupIds: readonly string[]): Promise<Map<string, Resource>> {
  const rows = await db
    .selectFrom('groups as g')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .select(['g.id', 'g.programId', 'u.path'])
    .where('g.id', 'in', [...new Set(groupIds)])
    .execute();
  return new Map(rows.map((g) => [g.id, groupResource(g)]));
}

/** Groups and their memberships: a device holds its user's current groups with every membership row. */
export const groupsArea: AreaDescriptor = {
  name: 'groups',
  commands: commandsOf(groupsCore, groupHandlers),
  routes: groupRoutes,
  syncTables: [
    syncTable({
      table: 'groups',
      scope: (db, ws) => db.selectFrom('groups').selectAll().where(inIds('id', ws.groupIds)),
      toRecord: groupRowToGroup,
      resources: (db, rows) =>
        groupResources(
          db,
          rows.map((r) => r.id),
        ),
    }),
    syncTable({
      table: 'groupMembers',
      scope: (db, ws) => db.selectFrom('groupMembers').selectAll().where(inIds('groupId', ws.groupIds)),
      toRecord: memberRowToMember,
      resources: async (db, rows) => {
        const byGroup = await groupResources(
          db,
          rows.map((r) => r.groupId),
        );
        const out = new Map<string, Resource>();
        for (const m of rows) {
          const g = byGroup.get(m.groupId);
          if (g) out.set(m.id, g);
        }
        return out;
      },
    }),
  ],
};
