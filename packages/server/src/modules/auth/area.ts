import type { AreaDescriptor } from '../../area';
import { authRoutes } from './routes';

/** Sessions: login, one-time codes, password, locale. Commands live in `accounts`. */
export const authArea: AreaDescriptor = { name: 'auth', commands: new Map(), routes: authRoutes, syncTables: [] };
