import { holds, memberOf } from './actor';
import { resourcePolicy } from './define';

/**
 * How many released ratings a meeting needs before anyone sees its aggregate and comments; also
 * the pending-pool size that triggers a release (ADR 0022: "one of at least five people").
 */
export const FEEDBACK_THRESHOLD = 5;
/** Days after a meeting's last day during which its attendees may rate it; then the pool closes and is released (ADR 0022). */
export const FEEDBACK_WINDOW_DAYS = 14;

/**
 * The last day a meeting may be rated (ISO date YYYY-MM-DD): FEEDBACK_WINDOW_DAYS after its last
 * day (`endsOn`, or the date of `scheduledFor` for a one-day meeting).
 */
export function feedbackClosesAfter(m: { scheduledFor: string; endsOn: string | null }): string {
  const last = new Date(`${m.endsOn ?? m.scheduledFor.slice(0, 10)}T00:00:00Z`);
  return new Date(last.getTime() + FEEDBACK_WINDOW_DAYS * 86400_000).toISOString().slice(0, 10);
}

/** Officials who read a meeting's feedback aggregate in their subtree (issue 9: not the head teacher). */
const FEEDBACK_READER_ROLES = ['program_admin', 'district_officer'] as const;

/**
 * A meeting's feedback. `path`: the group's unit; `held`: the meeting took place;
 * `attendeePersonIds`: the persons recorded present at it.
 */
export type FeedbackResource = {
  type: 'feedback';
  programId: string;
  path: string;
  groupId: string;
  held: boolean;
  attendeePersonIds: readonly string[];
};

/**
 * `give`: a person recorded present at the held meeting, not its mentor (a mentor rating their own
 * session is no feedback). `readAggregate`: the group's mentor, program admins and district officers
 * of the subtree, the system admin. `readRating` — one rating as someone's — is nobody's, the system
 * admin included: ADR 0022 stores nothing that could answer it.
 */
export const feedbackPolicy = resourcePolicy<FeedbackResource>()(
  'feedback',
  ['give', 'readAggregate', 'readRating'],
  (actor, action, r) => {
    if (action === 'readRating') return false;
    if (action === 'give')
      return r.held && r.attendeePersonIds.includes(actor.personId) && !memberOf(actor, r.groupId, 'mentor');
    return (
      actor.systemAdmin ||
      memberOf(actor, r.groupId, 'mentor') ||
      holds(actor, FEEDBACK_READER_ROLES, r.programId, r.path)
    );
  },
);

/** A "has rated" marker: only the person it names reads it (their devices show "thank you"). */
export type FeedbackGivenResource = { type: 'feedbackGiven'; personId: string };

/** Nobody else — not the mentor, not the system admin — learns who rated (ADR 0022). */
export const feedbackGivenPolicy = resourcePolicy<FeedbackGivenResource>()(
  'feedbackGiven',
  ['read'],
  (actor, _action, r) => actor.personId === r.personId,
);
