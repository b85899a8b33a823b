import { holds, memberOf } from './actor';
import { CRUD, resourcePolicy } from './define';
import { ADMIN_ROLES, SCOPE_READER_ROLES } from './scope';

/** A mentoring group at the org unit `path` it meets in. */
export type GroupResource = { type: 'group'; programId: string; path: string; groupId: string };

/** Members and the officials and mentors of the subtree read a group; its program admins change it. */
export const groupsPolicy = resourcePolicy<GroupResource>()('group', CRUD, (actor, action, r) => {
  if (actor.systemAdmin) return true;
  if (action === 'read') return memberOf(actor, r.groupId) || holds(actor, SCOPE_READER_ROLES, r.programId, r.path);
  return holds(actor, ADMIN_ROLES, r.programId, r.path);
});
