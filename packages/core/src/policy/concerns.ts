import { holds, memberOf } from './actor';
import { resourcePolicy } from './define';
import { AGGREGATE_READER_ROLES } from './scope';

/**
 * A concern (issue 9). `groupId`: its cluster group; `raiserPersonIds`: who raised it (several
 * after a merge); `sharedWithCluster`: the raiser showed it to the cluster.
 */
export type ConcernResource = {
  type: 'concern';
  programId: string;
  groupId: string;
  raiserPersonIds: readonly string[];
  /**
   * Raisers of concerns merged into this one: they follow its state (read), but its text belongs
   * to its own raisers — a merge must not show one teacher's private concern to another.
   */
  followerPersonIds?: readonly string[];
  sharedWithCluster: boolean;
};

/**
 * Issue 9, privacy: a concern is read by its raiser, the cluster's mentor, and — once the raiser
 * shares it — the cluster's members; never by officials or head teachers (they get counts, see
 * `concernStats`), nor by the system admin. `create`: a member of the cluster raises one.
 * `update` (edit, share): its raiser. `manage` (agenda, merge, discuss, resolve, follow-up, close):
 * the cluster's mentor. `reopen`: the mentor, or the raiser who finds it is not sorted out.
 */
export const concernsPolicy = resourcePolicy<ConcernResource>()(
  'concern',
  ['read', 'create', 'update', 'manage', 'reopen'],
  (actor, action, r) => {
    const raiser = r.raiserPersonIds.includes(actor.personId);
    const mentor = memberOf(actor, r.groupId, 'mentor');
    switch (action) {
      case 'read':
        return (
          raiser ||
          mentor ||
          (r.sharedWithCluster && memberOf(actor, r.groupId)) ||
          (r.followerPersonIds ?? []).includes(actor.personId)
        );
      case 'create':
        return memberOf(actor, r.groupId);
      case 'update':
        return raiser;
      case 'manage':
        return mentor;
      case 'reopen':
        return mentor || raiser;
    }
  },
);

/** The concern figures of an org unit's subtree (counts, days, overdue follow-ups: no text, no names). */
export type ConcernStatsResource = { type: 'concernStats'; programId: string; path: string };

/** Officials and head teachers of the subtree (issue 9: "counts, dates, states, times to resolution only"). */
export const concernStatsPolicy = resourcePolicy<ConcernStatsResource>()(
  'concernStats',
  ['read'],
  (actor, _action, r) => actor.systemAdmin || holds(actor, AGGREGATE_READER_ROLES, r.programId, r.path),
);
