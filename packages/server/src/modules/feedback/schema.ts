import type { Selectable } from 'kysely';

/** "This person has rated this meeting" (migration 0014): no rating, no time; synced to that person only. */
export interface FeedbackGiversTable {
  id: string;
  meetingId: string;
  personId: string;
  deletedAt: string | null;
  version: number;
}

/** A rating (1–5) with its optional comment: no author, no time, no version, a random (v4) id. */
export interface FeedbackRatingColumns {
  id: string;
  meetingId: string;
  rating: number;
  comment: string | null;
}

export type FeedbackGiverRow = Selectable<FeedbackGiversTable>;

declare module '../../db/schema' {
  interface Database {
    feedbackGivers: FeedbackGiversTable;
    /** Ratings not yet released: never read by an aggregate (ADR 0022). */
    feedbackPending: FeedbackRatingColumns;
    /** Released ratings, rewritten in a fresh random order at every release. */
    feedbackRatings: FeedbackRatingColumns;
  }
}

/** The marker as the person's own device stores it (core `FeedbackGiven`): no person id, no time. */
export const giverRecord = (r: FeedbackGiverRow) => ({
  id: r.id,
  meetingId: r.meetingId,
  deletedAt: r.deletedAt,
  version: Number(r.version),
});
