import type { AreaDescriptor } from '../../area';
import { rosterRoutes } from './routes';

/** Roster import and export (docs/import-formats.md); imports write through their own transaction. */
export const rosterArea: AreaDescriptor = { name: 'roster', commands: new Map(), routes: rosterRoutes, syncTables: [] };
