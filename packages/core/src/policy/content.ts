import { type Actor, memberOf } from './actor';
import type { Action, Resource } from './resources';

type Content = Extract<Resource, { type: 'content' }>;

/**
 * Mentoring, not monitoring (ARCHITECTURE §3). Content is read by its author, the mentor–mentee
 * pair or group it belongs to, and whoever the teacher shared it with — never because of a role.
 * Kosovo: teachers feared mentoring fed licensing decisions; it worked once it was confidential.
 */
export function contentRule(actor: Actor, action: Action, r: Content): boolean {
  const isAuthor = r.authorPersonId === actor.personId;
  switch (action) {
    case 'read':
      return (
        isAuthor ||
        r.participantPersonIds.includes(actor.personId) ||
        (r.groupId !== null && memberOf(actor, r.groupId)) ||
        r.sharedWithPersonIds.includes(actor.personId)
      );
    case 'create':
      return isAuthor && (r.groupId === null || memberOf(actor, r.groupId));
    case 'update':
    case 'delete':
      return isAuthor;
  }
}
