import { AppError } from '@mentora/core';
import { today } from '../clock';
import type { CommandContext } from '../commands/context';
import { currentMembership } from '../db/current-membership';

/**
 * Refuses a content record whose people are not a pair of `groupId` today: the teacher it is about
 * and the mentor or observer must both be current members of the group (Kosovo: a mentor supports
 * a small group of colleagues; a record belongs to its pair). `partnerPersonId` null: a teacher's
 * own record, only the teacher must be a member.
 * Errors: `validation_failed` with the offending field's path.
 */
export async function assertPair(
  ctx: CommandContext,
  groupId: string,
  ownerPersonId: string,
  partnerPersonId: string | null,
): Promise<void> {
  const wanted = partnerPersonId === null ? [ownerPersonId] : [ownerPersonId, partnerPersonId];
  const members = await ctx.trx
    .selectFrom('groupMembers')
    .select(['personId', 'role'])
    .where('groupId', '=', groupId)
    .where('personId', 'in', wanted)
    .where(currentMembership(today(ctx.clock)))
    .execute();
  const found = new Set(members.map((m) => m.personId));
  const details = [
    ...(found.has(ownerPersonId) ? [] : [{ path: 'ownerPersonId', message: 'not a current member of the group' }]),
    ...(partnerPersonId !== null && !found.has(partnerPersonId)
      ? [{ path: 'partnerPersonId', message: 'not a current member of the group' }]
      : []),
  ];
  if (details.length) throw new AppError('validation_failed', 'These people are not a pair of this group', details);
}

/**
 * The mentee and the mentor of a pair in `groupId` today, in either order: `a` and `b` must be
 * current members with opposite roles (one mentor, one mentee). A pair record (a reflection written
 * "for the pair") is about the mentee: they own it and share it (ARCHITECTURE §3).
 * Errors: `validation_failed` on `partnerPersonId` when the two are not mentor and mentee.
 */
export async function mentorPair(
  ctx: CommandContext,
  groupId: string,
  a: string,
  b: string,
): Promise<{ menteePersonId: string; mentorPersonId: string }> {
  const roles = await ctx.trx
    .selectFrom('groupMembers')
    .select(['personId', 'role'])
    .where('groupId', '=', groupId)
    .where('personId', 'in', [a, b])
    .where(currentMembership(today(ctx.clock)))
    .execute();
  const roleOf = (p: string) => new Set(roles.filter((r) => r.personId === p).map((r) => r.role));
  if (roleOf(a).has('mentor') && roleOf(b).has('mentee')) return { mentorPersonId: a, menteePersonId: b };
  if (roleOf(a).has('mentee') && roleOf(b).has('mentor')) return { mentorPersonId: b, menteePersonId: a };
  throw new AppError('validation_failed', 'A pair is a mentor and their mentee in this group', [
    { path: 'partnerPersonId', message: 'not your mentor or mentee in this group' },
  ]);
}
