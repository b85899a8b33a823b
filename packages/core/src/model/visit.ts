import { z } from 'zod';
import type { Visibility } from '../policy/content';
import { AnyId, FreeText, Id, PastDateTime, PlannedDate } from './common';

/**
 * ARCHITECTURE §2 "Visit": a mentor's school-based follow-up visit (PTMP: "limited school-based
 * follow-up & support" held the program back), linked to concerns and teachers, acknowledged by
 * the head teacher. `planned` until recorded (`done`) or `cancelled`.
 */
export const VisitStatus = z.enum(['planned', 'done', 'cancelled']);
export type VisitStatus = z.infer<typeof VisitStatus>;

/** Concerns (helper C's `concerns.id`) a visit follows up: ids only, at most 50. */
const ConcernIds = z
  .array(AnyId)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'each concern once' });

/** `visit.plan`: the cluster's mentor plans a visit to one of the cluster's schools on a day. */
export const PlanVisit = z.strictObject({
  id: Id.optional(),
  /** The cluster group whose mentor visits. */
  groupId: AnyId,
  /** The school visited (an org unit under the cluster, or the school of a cluster member). */
  schoolUnitId: AnyId,
  plannedFor: PlannedDate,
  concernIds: ConcernIds.default([]),
});
export type PlanVisit = z.infer<typeof PlanVisit>;

/**
 * `visit.update`: moves a planned visit to another day, or changes its concerns. Not to another
 * school: the first school's head teacher already holds the visit on their phone, and a pull only
 * reaches the new school's (cancel and plan another instead).
 */
export const UpdateVisit = z.strictObject({
  id: AnyId,
  plannedFor: PlannedDate.optional(),
  concernIds: ConcernIds.optional(),
});
export type UpdateVisit = z.infer<typeof UpdateVisit>;

export const CancelVisit = z.strictObject({ id: AnyId });

/**
 * `visit.record`: the visit took place. `teacherPersonIds`: the cluster's teachers of that school
 * the mentor saw (1–60); `supportGiven`: what the mentor did with them (content, the mentor's own
 * note); `observationId`: an observation made during the visit, if any; `doneAt`: when (default:
 * when the command runs — a phone offline for days sends the time it was recorded).
 */
export const RecordVisitFields = z.strictObject({
  teacherPersonIds: z
    .array(AnyId)
    .min(1, 'name at least one teacher seen')
    .max(60)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'each teacher once' }),
  supportGiven: FreeText(20_000),
  observationId: AnyId.nullable().default(null),
  doneAt: PastDateTime.optional(),
});
export const RecordVisit = RecordVisitFields.extend({ id: AnyId });
export type RecordVisit = z.infer<typeof RecordVisit>;

/** `visit.acknowledge`: the head teacher of the visited school confirms it, with an optional comment (≤ 2,000). */
export const AcknowledgeVisitFields = z.strictObject({ comment: FreeText(2000).nullable().default(null) });
export const AcknowledgeVisit = AcknowledgeVisitFields.extend({ id: AnyId });
export type AcknowledgeVisit = z.infer<typeof AcknowledgeVisit>;

interface Sync {
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/**
 * A visit's metadata (the mentor's and the head teacher's devices): where, when, status, which
 * teachers were seen and which concerns it followed up (ids), whether the head teacher acknowledged.
 */
export interface Visit extends Sync {
  id: string;
  programId: string;
  groupId: string;
  schoolUnitId: string;
  mentorPersonId: string;
  plannedFor: string;
  status: VisitStatus;
  doneAt: string | null;
  concernIds: string[];
  teacherPersonIds: string[];
  observationId: string | null;
  acknowledgedAt: string | null;
  acknowledgedByPersonId: string | null;
}

/** The support given at a visit (content, kind `visit_note`): the mentor's own note, id = the visit's. */
export interface VisitNote extends Sync {
  id: string;
  visitId: string;
  programId: string;
  groupId: string | null;
  ownerPersonId: string;
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
  supportGiven: string;
}

/**
 * The head teacher's acknowledgement, id = the visit's: their own words, read by them and the
 * visit's mentor (not teaching content about a teacher).
 */
export interface VisitAcknowledgement extends Sync {
  id: string;
  visitId: string;
  programId: string;
  groupId: string;
  schoolUnitId: string;
  headPersonId: string;
  comment: string | null;
  acknowledgedAt: string;
}
