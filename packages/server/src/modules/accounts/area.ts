import { accountsCore } from '@mentora/core';
import { type AreaDescriptor, commandsOf } from '../../area';
import { accountHandlers } from './commands';
import { accountRoutes } from './routes';

/** Accounts (logins of persons): online only, nothing synced — they hand out secrets. */
export const accountsArea: AreaDescriptor = {
  name: 'accounts',
  commands: commandsOf(accountsCore, accountHandlers),
  routes: accountRoutes,
  syncTables: [],
};
