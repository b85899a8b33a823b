import type { AreaDescriptor } from '../area';
import { syncRoutes } from './routes';

/**
 * Push and pull. The sync area has no commands and no tables of its own to describe: it runs the
 * other areas' commands and sync tables, which app.ts hands it through `app.deps`.
 */
export const syncArea: AreaDescriptor = { name: 'sync', commands: new Map(), routes: syncRoutes, syncTables: [] };
