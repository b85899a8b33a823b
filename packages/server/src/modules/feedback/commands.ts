import { randomUUID } from 'node:crypto';
import { AppError, can, feedbackClosesAfter, type feedbackCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { today } from '../../clock';
import { findMeeting } from '../meetings/queries';
import { feedbackResource } from './queries';
import { releaseIfFull } from './release';

/**
 * `feedback.give`, once for the REST route and the sync push (ADR 0022). Writes the giver's marker
 * and an authorless pending rating, which share no id, time or version; no audit event (it would
 * name the actor beside the meeting at the same instant — the marker says that already).
 * Errors: 404 meeting not readable; 403 not recorded present at the held meeting (or its mentor);
 * 409 `feedback_closed` after the window; 409 `already_rated` for a second rating.
 */
export const feedbackHandlers: AreaHandlers<typeof feedbackCore.commands> = {
  'feedback.give': async (ctx, input) => {
    const found = await findMeeting(ctx.trx, input.meetingId);
    if (!found || !can(ctx.actor, 'read', found.resource)) throw new AppError('not_found', 'Meeting not found');
    const resource = await feedbackResource(ctx.trx, found.row, found.resource.path);
    if (!can(ctx.actor, 'give', resource))
      throw new AppError('forbidden', 'Only the teachers recorded present at a held meeting may rate it', [
        { path: 'meetingId', message: resource.held ? 'not recorded present' : 'the meeting has not been held' },
      ]);
    if (feedbackClosesAfter(found.row) < today(ctx.clock))
      throw new AppError('feedback_closed', 'Feedback on this meeting has closed', [
        { path: 'meetingId', message: `closed after ${feedbackClosesAfter(found.row)}` },
      ]);
    const given = await ctx.trx
      .selectFrom('feedbackGivers')
      .select('id')
      .where('meetingId', '=', found.row.id)
      .where('personId', '=', ctx.actor.personId)
      .executeTakeFirst();
    if (given) throw new AppError('already_rated', 'You have already rated this meeting');
    await ctx.trx
      .insertInto('feedbackGivers')
      .values({
        id: randomUUID(),
        meetingId: found.row.id,
        personId: ctx.actor.personId,
        deletedAt: null,
        version: await ctx.version(),
      })
      .execute();
    await ctx.trx
      .insertInto('feedbackPending')
      .values({ id: randomUUID(), meetingId: found.row.id, rating: input.rating, comment: input.comment ?? null })
      .execute();
    await releaseIfFull(ctx.trx, found.row.id);
    return { meetingId: found.row.id, rated: true as const };
  },
};
