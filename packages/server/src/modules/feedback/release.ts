import { randomInt, randomUUID } from 'node:crypto';
import { AppError, FEEDBACK_THRESHOLD, feedbackClosesAfter } from '@mentora/core';
import type { Clock } from '../../clock';
import type { Db } from '../../db/connect';

/** Fisher–Yates with a cryptographic source: the stored order must not be guessable. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Releases a meeting's pending ratings (ADR 0022): every rating of the meeting, released or pending,
 * is deleted and written again with a fresh random (v4) id in a fresh random order, so neither id,
 * stored order nor the release's transaction ties a rating to the giver whose command wrote it.
 * Runs in the caller's transaction. Returns how many ratings were released now.
 */
export async function releaseFeedback(trx: Db, meetingId: string): Promise<number> {
  const pending = await trx
    .selectFrom('feedbackPending')
    .select(['rating', 'comment'])
    .where('meetingId', '=', meetingId)
    .execute();
  if (pending.length === 0) return 0;
  const released = await trx
    .selectFrom('feedbackRatings')
    .select(['rating', 'comment'])
    .where('meetingId', '=', meetingId)
    .execute();
  await trx.deleteFrom('feedbackPending').where('meetingId', '=', meetingId).execute();
  await trx.deleteFrom('feedbackRatings').where('meetingId', '=', meetingId).execute();
  const rows = shuffled([...released, ...pending]).map((r) => ({ id: randomUUID(), meetingId, ...r }));
  await trx.insertInto('feedbackRatings').values(rows).execute();
  return pending.length;
}

/**
 * Attendance decides who may rate; changed after ratings were given, it would let a mentor mark one
 * chosen teacher present and read their rating as the only new one (probe of issue 9, finding 2).
 * So a meeting's attendance is kept as it was once anyone has rated it. Errors: `conflict` (409).
 */
export async function assertNoFeedbackYet(trx: Db, meetingId: string): Promise<void> {
  const given = await trx
    .selectFrom('feedbackGivers')
    .select('id')
    .where('meetingId', '=', meetingId)
    .executeTakeFirst();
  if (given)
    throw new AppError(
      'conflict',
      'Attendance cannot change once attendees have given feedback on the meeting: it could single out whose rating is whose',
    );
}

/** Releases the pool of `meetingId` once FEEDBACK_THRESHOLD ratings are pending (the size rule). */
export async function releaseIfFull(trx: Db, meetingId: string): Promise<void> {
  const row = await trx
    .selectFrom('feedbackPending')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('meetingId', '=', meetingId)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= FEEDBACK_THRESHOLD) await releaseFeedback(trx, meetingId);
}

/**
 * The time rule: the pending ratings of every meeting whose feedback has closed are released, each
 * meeting in its own transaction (run hourly by jobs/cleanup.ts). Returns how many were released.
 */
export async function releaseClosedFeedback(db: Db, clock: Clock): Promise<number> {
  // At closing, a remainder smaller than the threshold after a summary was already shown would
  // appear as the only change between two summaries and single out whoever rated late: it is
  // discarded instead (probe of issue 9, finding 2; ADR 0022). A meeting that never reached the
  // threshold releases what it has (its summary stays hidden below FEEDBACK_THRESHOLD anyway).
  const today = clock.now().toISOString().slice(0, 10);
  const meetings = await db
    .selectFrom('meetings')
    .select(['id', 'scheduledFor', 'endsOn'])
    .where('id', 'in', db.selectFrom('feedbackPending').select('meetingId'))
    .execute();
  let released = 0;
  for (const m of meetings.filter((x) => feedbackClosesAfter(x) < today))
    released += await db.transaction().execute(async (trx) => {
      const shown = await trx
        .selectFrom('feedbackRatings')
        .select('id')
        .where('meetingId', '=', m.id)
        .executeTakeFirst();
      if (!shown) return releaseFeedback(trx, m.id);
      await trx.deleteFrom('feedbackPending').where('meetingId', '=', m.id).execute();
      return 0;
    });
  return released;
}
