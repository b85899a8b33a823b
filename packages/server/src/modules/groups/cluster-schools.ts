import { AppError } from '@mentora/core';
import { today } from '../../clock';
import type { CommandContext } from '../../commands/context';
import { currentMembership } from '../../db/current-membership';

/**
 * The path of `schoolUnitId` when it is a school of the cluster `group`: a unit under the group's
 * unit, or the school of one of its current members (a cluster of neighbouring schools). Used by
 * visits and by concerns sent to a school follow-up. Errors: `validation_failed` at `schoolUnitId`.
 */
export async function clusterSchoolPath(
  ctx: CommandContext,
  group: { id: string; programId: string; path: string },
  schoolUnitId: string,
): Promise<string> {
  const unit = await ctx.trx
    .selectFrom('orgUnits')
    .select(['id', 'path', 'programId'])
    .where('id', '=', schoolUnitId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (unit && unit.programId === group.programId) {
    if (unit.path.startsWith(group.path) && unit.path !== group.path) return unit.path;
    const member = await ctx.trx
      .selectFrom('groupMembers as m')
      .innerJoin('persons as p', 'p.id', 'm.personId')
      .select('m.personId')
      .where('m.groupId', '=', group.id)
      .where('p.schoolId', '=', unit.id)
      .where(currentMembership(today(ctx.clock), 'm'))
      .executeTakeFirst();
    if (member) return unit.path;
  }
  throw new AppError('validation_failed', 'Choose a school of this cluster', [
    { path: 'schoolUnitId', message: 'not a school of this cluster' },
  ]);
}
