// Zod-free: the web app asks it offline which buttons to show (`@mentora/core/concerns`).

/**
 * The states of a concern. PTMP seed: teachers "raise and sort out classroom and school concerns"
 * at the cluster meeting; what held the program back was "limited school-based follow-up". Issue 9:
 * `raised → discussed → resolved`, or `discussed → needs_follow_up → followed_up → closed`.
 */
export const CONCERN_STATES = ['raised', 'discussed', 'resolved', 'needs_follow_up', 'followed_up', 'closed'] as const;
export type ConcernState = (typeof CONCERN_STATES)[number];

/** The commands that move a concern from one state to another. */
export type ConcernTransition =
  | 'discuss'
  | 'resolve'
  | 'sendToFollowUp'
  | 'markFollowedUp'
  | 'close'
  | 'reopen'
  | 'merge';

/**
 * From which states each transition is allowed, and where it leads (`reopen` leads to the state
 * the mentor names, `raised` or `discussed`; `merge` closes the concern merged away).
 * Issue 9: "reopen from resolved/closed back to raised/discussed".
 */
export const CONCERN_TRANSITIONS: Record<
  ConcernTransition,
  { from: readonly ConcernState[]; to: ConcernState | null }
> = {
  discuss: { from: ['raised'], to: 'discussed' },
  resolve: { from: ['discussed'], to: 'resolved' },
  sendToFollowUp: { from: ['discussed'], to: 'needs_follow_up' },
  markFollowedUp: { from: ['needs_follow_up'], to: 'followed_up' },
  close: { from: ['resolved', 'followed_up'], to: 'closed' },
  reopen: { from: ['resolved', 'closed'], to: null },
  merge: { from: ['raised', 'discussed'], to: 'closed' },
};

/** The states a concern may be reopened to. */
export const REOPEN_STATES = ['raised', 'discussed'] as const satisfies readonly ConcernState[];
export type ReopenState = (typeof REOPEN_STATES)[number];

/** Whether `transition` may be made from `state`. */
export function mayTransition(transition: ConcernTransition, state: ConcernState): boolean {
  return CONCERN_TRANSITIONS[transition].from.includes(state);
}

/**
 * The state after `transition` from `state`, or null when it is not allowed there (the server
 * answers 409 `conflict`). `reopenTo`: where a reopen leads (default `raised`).
 */
export function nextConcernState(
  transition: ConcernTransition,
  state: ConcernState,
  reopenTo: ReopenState = 'raised',
): ConcernState | null {
  if (!mayTransition(transition, state)) return null;
  return CONCERN_TRANSITIONS[transition].to ?? reopenTo;
}

/** Open states: the concern still waits for the cluster or a school visit. */
export const OPEN_CONCERN_STATES: readonly ConcernState[] = ['raised', 'discussed', 'needs_follow_up'];

/** A concern may go on a meeting's agenda while it is raised or discussed. */
export const mayBeOnAgenda = (state: ConcernState): boolean => state === 'raised' || state === 'discussed';

/**
 * Overdue follow-up (issue 9): `needs_follow_up` with `followUpBy` (ISO date) before `today`
 * (ISO date). Counted for the district officer, flagged to the mentor.
 */
export function isOverdueFollowUp(c: { state: ConcernState; followUpBy: string | null }, today: string): boolean {
  return c.state === 'needs_follow_up' && c.followUpBy !== null && c.followUpBy < today;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Time to resolution in days (decimal, two places): from `raisedAt` to `resolvedAt` (ISO-8601
 * timestamps). Issue 9: "time to resolution = resolved_at/closed_at − raised_at, kept".
 */
export function daysToResolution(raisedAt: string, resolvedAt: string): number {
  const days = (Date.parse(resolvedAt) - Date.parse(raisedAt)) / DAY_MS;
  return Math.max(0, Math.round(days * 100) / 100);
}
