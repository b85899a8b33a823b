import { holds } from './actor';
import { CRUD, resourcePolicy } from './define';
import { ADMIN_ROLES } from './scope';

/** A node of the program's hierarchy at its materialised `path`. */
export type OrgUnitResource = { type: 'org_unit'; programId: string; path: string };

export const orgPolicy = resourcePolicy<OrgUnitResource>()('org_unit', CRUD, (actor, action, r) => {
  if (actor.systemAdmin) return true;
  if (action === 'read') {
    // Anyone in the program sees the units of their scope and the chain above it (for breadcrumbs).
    return actor.assignments.some(
      (a) => a.programId === r.programId && (r.path.startsWith(a.path) || a.path.startsWith(r.path)),
    );
  }
  return holds(actor, ADMIN_ROLES, r.programId, r.path);
});
