import { holds } from './actor';
import { CRUD, resourcePolicy } from './define';
import { outranks, type Privileges } from './privileges';
import { ADMIN_ROLES } from './scope';

/**
 * A person's login and the privileges it carries (whether or not the login exists yet). Changing
 * someone's roles is an `update` of their account: the server asks with `holds` as it would be
 * after a grant and as it is before a revoke, so the actor must outrank both sides.
 */
export type AccountResource = { type: 'account'; programId: string; path: string; personId: string; holds: Privileges };

/**
 * Reading a login's state follows scope; creating, issuing codes, disabling and changing roles
 * also need the actor to outrank the account (issue 6: a program admin took over the system admin).
 */
export const accountsPolicy = resourcePolicy<AccountResource>()('account', CRUD, (actor, action, r) => {
  if (actor.systemAdmin) return true;
  if (action === 'read' && r.personId === actor.personId) return true;
  if (!holds(actor, ADMIN_ROLES, r.programId, r.path)) return false;
  return action === 'read' || outranks(actor, r.holds);
});
