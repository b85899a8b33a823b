import type { Actor } from './actor';
import { contentRule } from './content';
import {
  accountRule,
  aggregateRule,
  groupRule,
  orgUnitRule,
  personRule,
  programRule,
  roleAssignmentRule,
  rosterRule,
} from './metadata';
import type { Action, Resource } from './resources';

export type { Actor } from './actor';
export { mayGrant, NO_PRIVILEGES, outranks, type Privileges } from './privileges';
export type { Action, ContentKind, Resource, ResourceType } from './resources';

/**
 * The one policy: deny by default. The server enforces it on every read and write; the client
 * uses it to hide what the user may not do.
 */
export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (actor === null) return false;
  switch (resource.type) {
    case 'program':
      return programRule(actor, action, resource);
    case 'org_unit':
      return orgUnitRule(actor, action, resource);
    case 'person':
      return personRule(actor, action, resource);
    case 'account':
      return accountRule(actor, action, resource);
    case 'role_assignment':
      return roleAssignmentRule(actor, action, resource);
    case 'group':
      return groupRule(actor, action, resource);
    case 'roster_import':
    case 'roster_export':
      return rosterRule(actor, action, resource);
    case 'aggregate':
      return aggregateRule(actor, action, resource);
    case 'content':
      return contentRule(actor, action, resource);
    case 'upload':
      // Deliberately not even system admins: an upload may be a photo of a classroom.
      return resource.ownerUserId === actor.userId;
    default:
      return false;
  }
}
