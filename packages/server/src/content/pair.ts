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
