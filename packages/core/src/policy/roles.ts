import { holds } from './actor';
import { CRUD, resourcePolicy } from './define';
import { ADMIN_ROLES } from './scope';

/** The scope of one role assignment; who may change a person's roles is the account's rule. */
export type RoleAssignmentResource = { type: 'role_assignment'; programId: string; path: string; personId: string };

export const rolesPolicy = resourcePolicy<RoleAssignmentResource>()('role_assignment', CRUD, (actor, action, r) => {
  if (actor.systemAdmin) return true;
  if (action === 'read' && r.personId === actor.personId) return true;
  return holds(actor, ADMIN_ROLES, r.programId, r.path);
});
