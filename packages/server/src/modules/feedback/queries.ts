import {
  type Actor,
  AppError,
  can,
  FEEDBACK_THRESHOLD,
  type FeedbackResource,
  type GroupFeedbackOut,
  inProgram,
  type MeetingFeedbackOut,
  type ProgramFeedbackOut,
} from '@mentora/core';
import { type Clock, today } from '../../clock';
import type { Db } from '../../db/connect';
import { currentMembership } from '../../db/current-membership';
import { findMeeting, groupPaths } from '../meetings/queries';
import type { MeetingRow } from '../meetings/schema';

type Distribution = GroupFeedbackOut['distribution'];
const emptyDistribution = (): Distribution => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
const mean = (d: Distribution, count: number) =>
  count ? Math.round(((1 * d[1] + 2 * d[2] + 3 * d[3] + 4 * d[4] + 5 * d[5]) / count) * 100) / 100 : null;
const rate = (n: number) => n as keyof Distribution;

/** The feedback resource of a meeting: its group's path, whether it was held, who was recorded present. */
export async function feedbackResource(db: Db, m: MeetingRow, path: string): Promise<FeedbackResource> {
  const present = await db
    .selectFrom('meetingAttendance')
    .select('personId')
    .where('meetingId', '=', m.id)
    .where('present', '=', 1)
    .where('deletedAt', 'is', null)
    .execute();
  return {
    type: 'feedback',
    programId: m.programId,
    path,
    groupId: m.groupId,
    held: m.status === 'held',
    attendeePersonIds: [...new Set(present.map((p) => p.personId))],
  };
}

/**
 * `GET /api/meetings/:id/feedback`: count, mean (1–5), distribution and unnamed comments (sorted by
 * text) of the released ratings, all null/empty until FEEDBACK_THRESHOLD are released (ADR 0022).
 * 404 when the meeting is not readable; 403 for a reader who may not see its aggregate.
 */
export async function meetingFeedback(db: Db, actor: Actor, meetingId: string): Promise<MeetingFeedbackOut> {
  const found = await findMeeting(db, meetingId);
  if (!found || !can(actor, 'read', found.resource)) throw new AppError('not_found', 'Meeting not found');
  const resource = await feedbackResource(db, found.row, found.resource.path);
  if (!can(actor, 'readAggregate', resource))
    throw new AppError('forbidden', "Only the meeting's mentor and program officials read its feedback");
  const rows = await db
    .selectFrom('feedbackRatings')
    .select(['rating', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('meetingId', '=', meetingId)
    .groupBy('rating')
    .execute();
  const distribution = emptyDistribution();
  for (const r of rows) distribution[rate(r.rating)] = Number(r.n);
  const count = rows.reduce((s, r) => s + Number(r.n), 0);
  const hidden = {
    meetingId,
    threshold: FEEDBACK_THRESHOLD,
    shown: false,
    count: null,
    mean: null,
    distribution: null,
  };
  if (count < FEEDBACK_THRESHOLD) return { ...hidden, comments: [] };
  const comments = await db
    .selectFrom('feedbackRatings')
    .select('comment')
    .where('meetingId', '=', meetingId)
    .where('comment', 'is not', null)
    .execute();
  return {
    ...hidden,
    shown: true,
    count,
    mean: mean(distribution, count),
    distribution,
    // Sorted by text: no order of giving survives into the answer.
    comments: comments.map((c) => c.comment as string).sort((a, b) => a.localeCompare(b)),
  };
}

/**
 * `GET /api/programs/:id/feedback`: per group the reader may read aggregates of (their own as mentor,
 * their subtree as program admin or district officer), the released ratings of its meetings that have
 * at least FEEDBACK_THRESHOLD — a smaller meeting's ratings are left out, so no difference of two
 * answers isolates them. 404 when the reader has no part in the program.
 */
export async function programFeedback(
  db: Db,
  actor: Actor,
  programId: string,
  clock: Clock,
): Promise<ProgramFeedbackOut> {
  const groups = await db
    .selectFrom('groups')
    .select(['id', 'name'])
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .orderBy('name')
    .execute();
  const paths = await groupPaths(
    db,
    groups.map((g) => g.id),
  );
  const readable = groups.filter((g) =>
    can(actor, 'readAggregate', {
      type: 'feedback',
      programId,
      path: paths.get(g.id) ?? '',
      groupId: g.id,
      held: false,
      attendeePersonIds: [],
    }),
  );
  if (readable.length === 0 && !actor.systemAdmin && !inProgram(actor, programId))
    throw new AppError('not_found', 'Program not found');
  if (readable.length === 0) return { programId, threshold: FEEDBACK_THRESHOLD, groups: [] };
  const ids = readable.map((g) => g.id);
  const [counts, mentors] = await Promise.all([
    db
      .selectFrom('feedbackRatings as r')
      .innerJoin('meetings as m', 'm.id', 'r.meetingId')
      .select(['m.groupId', 'm.id', 'r.rating', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('m.groupId', 'in', ids)
      .where('m.deletedAt', 'is', null)
      .groupBy(['m.groupId', 'm.id', 'r.rating'])
      .execute(),
    db
      .selectFrom('groupMembers as gm')
      .innerJoin('persons as p', 'p.id', 'gm.personId')
      .select(['gm.groupId', 'p.fullName'])
      .where('gm.groupId', 'in', ids)
      .where('gm.role', '=', 'mentor')
      .where(currentMembership(today(clock), 'gm'))
      .orderBy('p.fullName')
      .execute(),
  ]);
  const perMeeting = new Map<string, { groupId: string; d: Distribution; n: number }>();
  for (const c of counts) {
    const m = perMeeting.get(c.id) ?? { groupId: c.groupId, d: emptyDistribution(), n: 0 };
    m.d[rate(c.rating)] += Number(c.n);
    m.n += Number(c.n);
    perMeeting.set(c.id, m);
  }
  const out = readable.map((g) => {
    const d = emptyDistribution();
    let meetings = 0;
    let count = 0;
    for (const m of perMeeting.values()) {
      if (m.groupId !== g.id || m.n < FEEDBACK_THRESHOLD) continue;
      meetings++;
      count += m.n;
      for (const k of [1, 2, 3, 4, 5] as const) d[k] += m.d[k];
    }
    const mentorNames = mentors.filter((x) => x.groupId === g.id).map((x) => x.fullName);
    return { groupId: g.id, groupName: g.name, mentorNames, meetings, count, mean: mean(d, count), distribution: d };
  });
  return { programId, threshold: FEEDBACK_THRESHOLD, groups: out };
}
