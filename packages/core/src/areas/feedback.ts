import { z } from 'zod';
import { AnyId, Id } from '../model/common';
import { FreeText } from '../model/text';
import { coreArea } from './types';

/**
 * `feedback.give`: an attendee of a held meeting rates its usefulness 1–5, with an optional comment
 * (≤ 2,000 characters). `id` is the device's id for its own "has rated" marker; the server ignores
 * it and stores nothing of it (ADR 0022: a UUIDv7 carries the time).
 */
export const GiveFeedback = z.strictObject({
  id: Id.optional(),
  meetingId: AnyId,
  rating: z.number().int().min(1).max(5),
  comment: FreeText(2000).optional(),
});
export type GiveFeedback = z.infer<typeof GiveFeedback>;

/** What `POST /api/meetings/:id/feedback` answers: only that the rating was taken — never its id. */
export const FeedbackTakenOut = z
  .object({ meetingId: z.string(), rated: z.literal(true) })
  .meta({ id: 'FeedbackTaken' });

/** Count of ratings per value 1..5, `["1"]` … `["5"]`. */
const Distribution = z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() });

/**
 * One meeting's feedback: `shown` false (and every figure null/empty) until FEEDBACK_THRESHOLD ratings
 * are released. `mean` on the 1–5 scale, two decimals; `comments` unnamed, sorted by text (not age).
 */
export const MeetingFeedbackOut = z
  .object({
    meetingId: z.string(),
    threshold: z.number(),
    shown: z.boolean(),
    count: z.number().nullable(),
    mean: z.number().nullable(),
    distribution: Distribution.nullable(),
    comments: z.array(z.string()),
  })
  .meta({ id: 'MeetingFeedback' });
export type MeetingFeedbackOut = z.infer<typeof MeetingFeedbackOut>;

/** Feedback of one group (its mentor's meetings), over meetings with at least FEEDBACK_THRESHOLD released ratings. */
export const GroupFeedbackOut = z.object({
  groupId: z.string(),
  groupName: z.string(),
  mentorNames: z.array(z.string()),
  meetings: z.number(),
  count: z.number(),
  mean: z.number().nullable(),
  distribution: Distribution,
});
export type GroupFeedbackOut = z.infer<typeof GroupFeedbackOut>;

/** A program's feedback by group, only the groups the reader may see. */
export const ProgramFeedbackOut = z
  .object({ programId: z.string(), threshold: z.number(), groups: z.array(GroupFeedbackOut) })
  .meta({ id: 'ProgramFeedback' });
export type ProgramFeedbackOut = z.infer<typeof ProgramFeedbackOut>;

/** Anonymous feedback on meetings (ADR 0022): the push keeps none of its args (`anonymous`). */
export const feedbackCore = coreArea({
  commands: { 'feedback.give': { input: GiveFeedback, sync: true, anonymous: true } },
});
