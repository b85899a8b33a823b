import { table } from './device-area';
import type { Mutators } from './row-store';

/**
 * "I have rated this meeting": the device's own marker (server table `feedback_givers`, synced only
 * to the person it names). It holds no rating and no time (ADR 0022).
 */
export interface FeedbackGiven {
  id: string;
  meetingId: string;
  deletedAt: string | null;
  version: number;
}

/** Feedback: a device holds only its own person's "has rated" markers; ratings never reach a device. */
export const feedbackDevice = {
  tables: { feedbackGiven: table<FeedbackGiven>('meetingId') },
  conflictFields: {},
} as const;

/**
 * The rating itself stays in the outbox until pushed; the optimistic effect is the marker alone,
 * so the screen says "thank you" at once, offline too (server: modules/feedback/commands.ts).
 */
export const feedbackMutators: Mutators<'feedback.give'> = {
  'feedback.give': {
    creates: true,
    async apply(rows, a) {
      await rows.put('feedbackGiven', { id: a.id, meetingId: a.meetingId, deletedAt: null, version: 0 });
    },
  },
};
