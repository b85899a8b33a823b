import { type ReflectionLinkType, reflectionsCore } from '@mentora/core';
import { type AreaDescriptor, combineContentTables, commandsOf, type LinkTitles, syncTable } from '../../area';
import { contentScope } from '../../content/scope';
import { reflectionHandlers } from './commands';
import { portfolioRoutes } from './portfolio-routes';
import { REFLECTIONS, reflectionResources, reflectionRowToReflection } from './queries';
import { reflectionRoutes } from './routes';
import { shareResources, shareRowToShare, sharingHandlers } from './sharing';

/**
 * Reflective portfolios and the sharing of content (issue 8, points 6 and 7). Built from the other
 * areas (`others`): `content.share` accepts the content tables they declare (and `reflections`),
 * and the portfolio shows the titles of the meetings, observations, goals and modules they hold.
 * So a new content area joins by declaring `contentTables`, not by an edit here.
 */
export function reflectionsArea(others: readonly AreaDescriptor[]): AreaDescriptor {
  const contentTables = [REFLECTIONS] as const;
  const tables = combineContentTables([
    ...others,
    { name: 'reflections', commands: new Map(), syncTables: [], contentTables },
  ]);
  const linkTitles: Partial<Record<ReflectionLinkType, LinkTitles>> = Object.assign(
    {},
    ...others.map((a) => a.linkTitles ?? {}),
  );
  return {
    name: 'reflections',
    commands: commandsOf(reflectionsCore, { ...reflectionHandlers(linkTitles), ...sharingHandlers(tables) }),
    routes: async (app) => {
      await app.register(reflectionRoutes);
      await app.register(portfolioRoutes(linkTitles));
    },
    contentTables,
    syncTables: [
      syncTable({
        table: 'reflections',
        scope: (db, ws) => db.selectFrom('reflections').selectAll().where(contentScope(ws)),
        toRecord: reflectionRowToReflection,
        resources: (db, rows) => reflectionResources(db, rows),
      }),
      syncTable({
        table: 'contentShares',
        // A share reaches the devices of the person who gave it (their consent record), no one else's.
        scope: (db, ws) => db.selectFrom('contentShares').selectAll().where('grantedByPersonId', '=', ws.personId),
        toRecord: shareRowToShare,
        resources: async (_db, rows) => shareResources(rows),
      }),
    ],
  };
}
