import { holds } from './actor';
import { resourcePolicy } from './define';
import { ADMIN_ROLES } from './scope';

/** The schools and teachers of the subtree at `path`, as a file: imported, or exported. */
export type RosterResource = { type: 'roster'; programId: string; path: string };

/** Only program admins of the subtree (and the system admin) move rosters in or out. */
export const rosterPolicy = resourcePolicy<RosterResource>()(
  'roster',
  ['import', 'export'],
  (actor, _action, r) => actor.systemAdmin || holds(actor, ADMIN_ROLES, r.programId, r.path),
);
