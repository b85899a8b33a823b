import { AssignRole, RevokeRole } from '../model/role-assignment';
import { coreArea } from './types';

/** Roles change what a person may do: online only, audited. Devices receive their own roles. */
export const rolesCore = coreArea({
  commands: {
    'role.assign': { input: AssignRole, sync: false },
    'role.revoke': { input: RevokeRole, sync: false },
  },
});
