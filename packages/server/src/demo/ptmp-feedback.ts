import { FEEDBACK_WINDOW_DAYS } from '@mentora/core';
import type { Db } from '../db/connect';
import { releaseFeedback } from '../modules/feedback/release';
import type { ActivityRunner } from './activity-runner';
import { createRng, type Rng } from './prng';
import type { PtmpCluster } from './ptmp-calendar';
import { addDays, betweenNow, moment } from './ptmp-moments';
import { FEEDBACK_COMMENTS } from './ptmp-texts';

// Any fixed number: the same raters and ratings on every run.
const FEEDBACK_SEED = 0x66656564;

/**
 * How often each rating 1..5 is given: most find the cluster day useful; one cluster (Wadh, the
 * fourth: a mentor with far schools) is rated lower — the spread a program admin should notice.
 */
const WEIGHTS = [0.04, 0.08, 0.22, 0.38, 0.28];
const WEIGHTS_LOW = [0.1, 0.18, 0.34, 0.26, 0.12];

function rating(rng: Rng, weights: readonly number[]): number {
  let roll = rng.next();
  for (const [i, w] of weights.entries()) {
    roll -= w;
    if (roll < 0) return i + 1;
  }
  return 5;
}

/**
 * Anonymous feedback on every held meeting of a PTMP cluster (issue 9, point 6), through
 * `feedback.give` as attendees (teachers recorded present) in the days after it: 5–9 ratings on
 * most meetings, 2–4 on about one in five (below the threshold of 5, so nobody sees those), a
 * comment with about one rating in five. Pools of meetings whose rating window has closed are
 * released as the hourly job would (`releaseFeedback`); on a meeting still open the demo teacher
 * has not rated yet, so she can. `teacherId`: the demo teacher.
 */
export async function seedPtmpFeedback(
  r: ActivityRunner,
  db: Db,
  cluster: PtmpCluster,
  index: number,
  now: Date,
  teacherId: string,
): Promise<void> {
  const rng = createRng(FEEDBACK_SEED + index);
  const today = now.toISOString().slice(0, 10);
  const weights = index === 3 ? WEIGHTS_LOW : WEIGHTS;
  for (const [k, meeting] of cluster.meetings.filter((m) => m.held).entries()) {
    const last = meeting.days.at(-1) as string;
    const open = addDays(last, FEEDBACK_WINDOW_DAYS) >= today;
    const present = await db
      .selectFrom('meetingAttendance')
      .select('personId')
      .where('meetingId', '=', meeting.id)
      .where('present', '=', 1)
      .where('personId', 'in', cluster.menteeIds)
      .orderBy('personId')
      .execute();
    const attendees = present.map((p) => p.personId).filter((p) => !(open && p === teacherId));
    const few = (k * 7 + index) % 5 === 0;
    const count = Math.min(attendees.length, few ? rng.int(2, 4) : rng.int(5, 9));
    const raters = rng.sample(attendees, count);
    // Ratings come in over the first days after the meeting; never after the seed's now.
    const when = betweenNow(
      moment(last, '10:00'),
      new Date(Math.min(now.getTime(), Date.parse(`${addDays(last, 6)}T16:00:00Z`))),
    );
    for (const [i, personId] of raters.entries()) {
      const comment = rng.next() < 0.2 ? rng.pick(FEEDBACK_COMMENTS) : undefined;
      await r.run(personId, when((i + 1) / (count + 1)), 'feedback.give', {
        meetingId: meeting.id,
        rating: rating(rng, weights),
        ...(comment ? { comment } : {}),
      });
    }
    if (!open) await releaseFeedback(db, meeting.id);
  }
}
