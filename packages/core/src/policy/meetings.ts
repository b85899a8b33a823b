import { holds, memberOf } from './actor';
import { CRUD, resourcePolicy } from './define';
import { AGGREGATE_READER_ROLES } from './scope';

/**
 * A meeting's metadata (ARCHITECTURE §2, §3): that it took place, when, its status, attendance and
 * contact hours. `path`: the group's unit. `pairPersonIds`: a one-to-one's mentor and mentee (empty
 * for a group meeting, which the whole group reads).
 */
export type MeetingResource = {
  type: 'meeting';
  programId: string;
  path: string;
  groupId: string;
  pairPersonIds: readonly string[];
  /** Whom its notes are shared with (live shares of its `meetingNotes`): they read that it took place. */
  sharedWithPersonIds?: readonly string[];
};

/**
 * The group's mentor schedules and records its meetings; a one-to-one only its own mentor. The
 * group reads a group meeting, a one-to-one only its pair; officials read the metadata of their
 * subtree (ARCHITECTURE §3: that a meeting took place is metadata) — never its notes, which are
 * content under `policy/content.ts`. A mentor of another group has no business in either.
 */
export const meetingsPolicy = resourcePolicy<MeetingResource>()('meeting', CRUD, (actor, action, r) => {
  const inPair = r.pairPersonIds.length === 0 || r.pairPersonIds.includes(actor.personId);
  if (action === 'read')
    return (
      actor.systemAdmin ||
      (inPair && memberOf(actor, r.groupId)) ||
      (r.sharedWithPersonIds ?? []).includes(actor.personId) ||
      holds(actor, AGGREGATE_READER_ROLES, r.programId, r.path)
    );
  return inPair && memberOf(actor, r.groupId, 'mentor');
});

/**
 * One person's contact hours (sum of the hours at held meetings): metadata later indicators use.
 * `path`: the person's school; `groupIds`: the groups they are a current member of.
 */
export type ContactHoursResource = {
  type: 'contactHours';
  programId: string;
  path: string;
  personId: string;
  groupIds: readonly string[];
};

/** The teacher, their mentor (a mentor of one of their groups) and the officials of their subtree. */
export const contactHoursPolicy = resourcePolicy<ContactHoursResource>()(
  'contactHours',
  ['read'],
  (actor, _action, r) =>
    actor.systemAdmin ||
    actor.personId === r.personId ||
    r.groupIds.some((g) => memberOf(actor, g, 'mentor')) ||
    holds(actor, AGGREGATE_READER_ROLES, r.programId, r.path),
);
