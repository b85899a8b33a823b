import { concernsCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import type { Db } from '../../db/connect';
import type { WorkingSet } from '../../sync/working-set';
import { concernHandlers } from './commands';
import {
  concernRecord,
  concernResources,
  concernsById,
  detailRecord,
  raiserRecord,
  raiserResource,
  transitionRecord,
  transitionResource,
} from './queries';
import { concernRoutes } from './routes';

/** The concerns a user raised (also after leaving the cluster): a subquery on the raisers' table. */
const raisedBy = (db: Db, ws: WorkingSet) =>
  db.selectFrom('concernRaisers').select('concernId').where('personId', '=', ws.personId);

/** Resources of rows read as their concern (details): the concern's own resource. */
async function asConcern(db: Db, rows: readonly { id: string; concernId: string }[]) {
  const concerns = await concernsById(
    db,
    rows.map((r) => r.concernId),
  );
  // The text's resource: raisers merged in follow the state, not the words.
  const byConcern = await concernResources(db, [...concerns.values()], { text: true });
  const out = new Map<string, Resource>();
  for (const r of rows) {
    const res = byConcern.get(r.concernId);
    if (res) out.set(r.id, res);
  }
  return out;
}

/**
 * Concerns (issue 9). A device of the cluster's groups is offered the cluster's concerns and the
 * pull keeps those its user may read (policy `concern`): their raiser, the mentor, the cluster
 * once shared. No synced record of another teacher's concern names its raiser: `concerns` has no
 * person column, `concernDetails` travels with empty owner/author, `concernRaisers` rows reach the
 * cluster only for a raiser who chose to show their name, `concernTransitions` only the mentor and
 * whoever made the move. Officials and head teachers read figures over REST only.
 */
export const concernsArea: AreaDescriptor = {
  name: 'concerns',
  commands: commandsOf(concernsCore, concernHandlers),
  routes: concernRoutes,
  syncTables: [
    syncTable({
      table: 'concerns',
      scope: (db, ws) =>
        db
          .selectFrom('concerns')
          .selectAll()
          .where((eb) => eb.or([inIds('groupId', ws.groupIds), eb('id', 'in', raisedBy(db, ws))])),
      toRecord: concernRecord,
      resources: (db, rows) => concernResources(db, rows) as Promise<Map<string, Resource>>,
      // A concern its raiser took back from the cluster (or hid their name on) leaves the devices.
      scopeKey: async (db, ws) => {
        if (ws.groupIds.length === 0) return '';
        const r = await db
          .selectFrom('concerns')
          .select((eb) => eb.fn.max('withdrawnVersion').as('v'))
          .where(inIds('groupId', ws.groupIds))
          .executeTakeFirst();
        return String(r?.v ?? '');
      },
    }),
    syncTable({
      table: 'concernRaisers',
      scope: (db, ws) =>
        db
          .selectFrom('concernRaisers')
          .selectAll()
          .where((eb) => eb.or([inIds('groupId', ws.groupIds), eb('personId', '=', ws.personId)])),
      toRecord: raiserRecord,
      resources: async (db, rows) => {
        const concerns = await concernsById(
          db,
          rows.map((r) => r.concernId),
        );
        const out = new Map<string, Resource>();
        for (const r of rows) {
          const c = concerns.get(r.concernId);
          if (c) out.set(r.id, raiserResource(c, r));
        }
        return out;
      },
    }),
    syncTable({
      table: 'concernTransitions',
      scope: (db, ws) =>
        db
          .selectFrom('concernTransitions')
          .selectAll()
          .where((eb) => eb.or([inIds('groupId', ws.groupIds), eb('byPersonId', '=', ws.personId)])),
      toRecord: transitionRecord,
      resources: async (db, rows) => {
        const concerns = await concernsById(
          db,
          rows.map((r) => r.concernId),
        );
        const out = new Map<string, Resource>();
        for (const t of rows) {
          const c = concerns.get(t.concernId);
          if (c) out.set(t.id, transitionResource(c, t));
        }
        return out;
      },
    }),
    syncTable({
      table: 'concernDetails',
      scope: (db, ws) =>
        db
          .selectFrom('concernDetails')
          .selectAll()
          .where((eb) => eb.or([inIds('groupId', ws.groupIds), eb('concernId', 'in', raisedBy(db, ws))])),
      toRecord: detailRecord,
      resources: (db, rows) => asConcern(db, rows),
    }),
  ],
};
