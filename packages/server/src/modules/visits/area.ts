import { type Resource, visitsCore } from '@mentora/core';
import { type AreaDescriptor, commandsOf, syncTable } from '../../area';
import { contentResources } from '../../content/resources';
import { contentScope } from '../../content/scope';
import { visitHandlers } from './commands';
import { ackRowToAck, noteRowToNote, visitResources, visitRowToVisit, visitScope } from './queries';
import { visitRoutes } from './routes';

/**
 * School follow-up visits (issue 9): a visit's metadata and the head teacher's acknowledgement
 * reach the devices of the cluster's mentor(s) and of the visited school's head teacher; the
 * support given (`visitNotes`, content) only its mentor's. Officials get counts over REST.
 */
export const visitsArea: AreaDescriptor = {
  name: 'visits',
  commands: commandsOf(visitsCore, visitHandlers),
  routes: visitRoutes,
  syncTables: [
    syncTable({
      table: 'visits',
      scope: (db, ws) => db.selectFrom('visits').selectAll().where(visitScope(ws)),
      toRecord: visitRowToVisit,
      resources: (db, rows) => visitResources(db, rows) as Promise<Map<string, Resource>>,
    }),
    syncTable({
      table: 'visitNotes',
      scope: (db, ws) => db.selectFrom('visitNotes').selectAll().where(contentScope(ws)),
      toRecord: noteRowToNote,
      resources: (db, rows) => contentResources(db, 'visitNotes', 'visit_note', rows),
    }),
    syncTable({
      table: 'visitAcknowledgements',
      scope: (db, ws) => db.selectFrom('visitAcknowledgements').selectAll().where(visitScope(ws)),
      toRecord: ackRowToAck,
      // Read as its visit: the visit's mentor and the school's head teacher.
      resources: async (db, rows) => {
        const visits = await db
          .selectFrom('visits')
          .select(['id', 'programId', 'groupId', 'schoolUnitId', 'mentorPersonId'])
          .where(
            'id',
            'in',
            rows.map((r) => r.visitId),
          )
          .execute();
        const byVisit = await visitResources(db, visits);
        const out = new Map<string, Resource>();
        for (const a of rows) {
          const res = byVisit.get(a.visitId);
          if (res) out.set(a.id, res);
        }
        return out;
      },
    }),
  ],
};
