import { z } from 'zod';
import type { Visibility } from '../policy/content';
import { AnyId, Code, FreeText, Id, PlannedDate, Text } from './common';
import { CONCERN_STATES, type ConcernState, REOPEN_STATES } from './concern-lifecycle';

// The inputs of the `concerns` area's commands (issue 9). Both ends validate with them.

/** A concern category's key: a slug of the program's list (default `defaultConcernCategories`). */
export const ConcernCategoryKey = Code(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a category key like "pedagogy"');
export const ConcernStateIn = z.enum(CONCERN_STATES);

const Subject = Text(100).nullable().optional();
const Grade = Text(40).nullable().optional();
const Description = FreeText(4000);

/**
 * `concern.raise`: a teacher of a cluster raises a concern in it. It is theirs and their mentor's
 * until they share it with the cluster (`sharedWithCluster`), with their name only if they say so.
 */
export const RaiseConcern = z.strictObject({
  id: Id.optional(),
  groupId: AnyId,
  category: ConcernCategoryKey,
  subject: Subject,
  grade: Grade,
  description: Description,
  sharedWithCluster: z.boolean().default(false),
  showRaiserName: z.boolean().default(false),
});
export type RaiseConcern = z.infer<typeof RaiseConcern>;

/** `concern.update`: the raiser corrects their concern while it is still `raised`. */
export const UpdateConcern = z.strictObject({
  id: AnyId,
  category: ConcernCategoryKey.optional(),
  subject: Subject,
  grade: Grade,
  description: Description.optional(),
});
export type UpdateConcern = z.infer<typeof UpdateConcern>;

const shareFields = { sharedWithCluster: z.boolean(), showRaiserName: z.boolean() };
const nameOnlyWhenShared: [
  (s: { sharedWithCluster: boolean; showRaiserName: boolean }) => boolean,
  { message: string; path: string[] },
] = [
  (s) => s.sharedWithCluster || !s.showRaiserName,
  { message: 'a name is shown only on a concern shared with the cluster', path: ['showRaiserName'] },
];
/** The REST body of `concern.share` (the concern comes from the path). */
export const ShareConcernBody = z.strictObject(shareFields).refine(...nameOnlyWhenShared);
/** `concern.share`: the raiser chooses whether the cluster sees it and whether their name shows. */
export const ShareConcern = z.strictObject({ id: AnyId, ...shareFields }).refine(...nameOnlyWhenShared);
export type ShareConcern = z.infer<typeof ShareConcern>;

export const AddConcernToAgenda = z.strictObject({ id: AnyId, meetingId: AnyId });
const AgendaOrder = z
  .array(AnyId)
  .min(1)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'each concern once' });
/** The REST body of `concern.orderAgenda` (the meeting comes from the path). */
export const OrderConcernAgendaBody = z.strictObject({ concernIds: AgendaOrder });
/**
 * `concern.orderAgenda`: the agenda of `meetingId` in this order; its concerns not listed keep
 * their order after the listed ones. `id`, when given, is the meeting too (a device names the
 * record every queued command changes).
 */
export const OrderConcernAgenda = z
  .strictObject({ id: AnyId.optional(), meetingId: AnyId, concernIds: AgendaOrder })
  .refine((o) => o.id === undefined || o.id === o.meetingId, { message: 'is the meeting', path: ['id'] });
/** The REST body of `concern.merge`: the concern the one in the path is merged into. */
export const MergeConcernBody = z.strictObject({ intoId: AnyId });
export const MergeConcern = z
  .strictObject({ id: AnyId, intoId: AnyId })
  .refine((m) => m.id !== m.intoId, { message: 'a concern is not merged into itself', path: ['intoId'] });
export const DiscussConcern = z.strictObject({ id: AnyId });
export const ResolveConcern = z.strictObject({ id: AnyId, resolution: FreeText(4000) });
export const SendConcernToFollowUp = z.strictObject({ id: AnyId, schoolUnitId: AnyId, followUpBy: PlannedDate });
/** Dispatched by the visits screen when a follow-up visit is recorded (helper V). */
export const MarkConcernFollowedUp = z.strictObject({ id: AnyId, visitId: AnyId });
export const CloseConcern = z.strictObject({ id: AnyId });
export const ReopenConcern = z.strictObject({ id: AnyId, to: z.enum(REOPEN_STATES).default('raised') });

interface Sync {
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/**
 * A concern's metadata on a device. It never names its raiser: who raised it is in
 * `concernRaisers`, which reaches only the raiser, the mentor and — when the raiser chose to show
 * their name — the cluster (issue 9, privacy).
 */
export interface Concern extends Sync {
  id: string;
  programId: string;
  groupId: string;
  category: string;
  subject: string | null;
  grade: string | null;
  state: ConcernState;
  meetingId: string | null;
  agendaPosition: number | null;
  mergedIntoId: string | null;
  sharedWithCluster: boolean;
  showRaiserName: boolean;
  raisedAt: string;
  discussedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  followUpSchoolUnitId: string | null;
  followUpBy: string | null;
  followedUpAt: string | null;
  followedUpVisitId: string | null;
  reopenedCount: number;
  /** Days from raised to resolved or closed (decimal), kept; null while open. */
  resolutionDays: number | null;
}

/** Who raised a concern (merged concerns keep every raiser). */
export interface ConcernRaiser extends Sync {
  id: string;
  concernId: string;
  groupId: string;
  personId: string;
  /** This raiser chose to show their name to the cluster (it still needs the concern shared). */
  showName: boolean;
  raisedAt: string;
}

/** One state change: who made it and when. */
export interface ConcernTransitionRecord extends Sync {
  id: string;
  concernId: string;
  groupId: string;
  fromState: ConcernState | null;
  toState: ConcernState;
  byPersonId: string;
  at: string;
}

/**
 * A concern's text (content): the raiser's description and the mentor's resolution. The owner and
 * author columns name the raiser; devices of people who may not know the raiser receive them empty.
 */
export interface ConcernDetail extends Sync {
  id: string;
  concernId: string;
  programId: string;
  groupId: string | null;
  ownerPersonId: string;
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
  description: string;
  resolution: string | null;
}
