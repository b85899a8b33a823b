import { feedbackCore } from '@mentora/core';
import { type AreaDescriptor, commandsOf, syncTable } from '../../area';
import { feedbackHandlers } from './commands';
import { feedbackRoutes } from './routes';
import { giverRecord } from './schema';

/**
 * Feedback (ADR 0022): a device holds only its own person's "has rated" markers; the ratings never
 * reach any device and are read as aggregates over REST.
 */
export const feedbackArea: AreaDescriptor = {
  name: 'feedback',
  commands: commandsOf(feedbackCore, feedbackHandlers),
  routes: feedbackRoutes,
  syncTables: [
    syncTable({
      table: 'feedbackGiven',
      scope: (db, ws) => db.selectFrom('feedbackGivers').selectAll().where('personId', '=', ws.personId),
      toRecord: giverRecord,
      resources: async (_db, rows) =>
        new Map(rows.map((r) => [r.id, { type: 'feedbackGiven' as const, personId: r.personId }])),
    }),
  ],
};
