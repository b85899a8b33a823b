import { AppError, type groupsCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { today } from '../../clock';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { findOrgUnit } from '../org/queries';
import { findPerson } from '../persons/queries';
import { groupSearchKey } from '../persons/search';
import { findGroup, groupResource, groupRowToGroup, memberRowToMember } from './queries';

async function loadGroup(ctx: CommandContext, id: string) {
  const g = await findGroup(ctx.trx, id);
  if (!g) throw new AppError('not_found', 'Group not found');
  return g;
}

async function anchor(ctx: CommandContext, programId: string, orgUnitId: string) {
  const unit = await findOrgUnit(ctx.trx, orgUnitId);
  if (!unit || unit.programId !== programId)
    throw new AppError('validation_failed', 'The anchoring unit is not a unit of this program', [
      { path: 'orgUnitId', message: 'unknown unit' },
    ]);
  return unit;
}

export const groupHandlers: AreaHandlers<typeof groupsCore.commands> = {
  'group.create': async (ctx, input) => {
    const unit = await anchor(ctx, input.programId, input.orgUnitId);
    const meta = await created(ctx, input.id);
    ensure(ctx.actor, 'create', groupResource({ id: meta.id, programId: input.programId, path: unit.path }), 'group');
    const row = {
      ...meta,
      programId: input.programId,
      kind: input.kind,
      name: input.name,
      orgUnitId: unit.id,
      searchKey: groupSearchKey(input),
    };
    await ctx.trx.insertInto('groups').values(row).execute();
    return groupRowToGroup(row);
  },

  'group.update': async (ctx, input) => {
    const group = await loadGroup(ctx, input.id);
    ensure(ctx.actor, 'update', groupResource(group), 'group');
    if (input.orgUnitId) {
      const unit = await anchor(ctx, group.programId, input.orgUnitId);
      ensure(ctx.actor, 'update', groupResource({ ...group, path: unit.path }), 'group');
    }
    const changes = {
      ...(input.name ? { name: input.name, searchKey: groupSearchKey({ name: input.name }) } : {}),
      ...(input.orgUnitId ? { orgUnitId: input.orgUnitId } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('groups').set(changes).where('id', '=', group.id).execute();
    const { path: _p, orgUnitName: _n, ...row } = group;
    return groupRowToGroup({ ...row, ...changes });
  },

  'group.archive': async (ctx, input) => {
    const group = await loadGroup(ctx, input.id);
    ensure(ctx.actor, 'delete', groupResource(group), 'group');
    await ctx.trx
      .updateTable('groups')
      .set({ deletedAt: ctx.now, ...(await touched(ctx)) })
      .where('id', '=', group.id)
      .execute();
    return null;
  },

  'group.addMember': async (ctx, input) => {
    const group = await loadGroup(ctx, input.groupId);
    ensure(ctx.actor, 'update', groupResource(group), 'group');
    const person = await findPerson(ctx.trx, input.personId);
    if (!person || person.programId !== group.programId)
      throw new AppError('validation_failed', 'The person is not in this program', [
        { path: 'personId', message: 'unknown person' },
      ]);
    const overlapping = await ctx.trx
      .selectFrom('groupMembers')
      .select('id')
      .where('groupId', '=', group.id)
      .where('personId', '=', person.id)
      .where('deletedAt', 'is', null)
      .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', input.startDate)]))
      .executeTakeFirst();
    if (overlapping) throw new AppError('conflict', 'This person is already a member of the group for these dates');
    // Taking the version first serialises concurrent adds: two cannot both pass the caseload check.
    await ctx.version();
    if (input.role === 'mentee') await assertCaseload(ctx, group.id, group.programId);
    const row = {
      ...(await created(ctx, input.id)),
      groupId: group.id,
      personId: person.id,
      role: input.role,
      startDate: input.startDate,
      endDate: input.endDate,
    };
    await ctx.trx.insertInto('groupMembers').values(row).execute();
    return memberRowToMember(row);
  },

  'group.endMembership': async (ctx, input) => {
    const m = await ctx.trx
      .selectFrom('groupMembers')
      .selectAll()
      .where('id', '=', input.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found', 'Membership not found');
    const group = await loadGroup(ctx, m.groupId);
    ensure(ctx.actor, 'update', groupResource(group), 'group');
    if (input.endDate < m.startDate)
      throw new AppError('validation_failed', 'A membership cannot end before it starts', [
        { path: 'endDate', message: 'before startDate' },
      ]);
    const changes = { endDate: input.endDate, ...(await touched(ctx)) };
    await ctx.trx.updateTable('groupMembers').set(changes).where('id', '=', m.id).execute();
    return memberRowToMember({ ...m, ...changes });
  },
};

/**
 * Seeds: overloaded mentors (PTMP) and mentee counts tied to efficacy (Kosovo) — the program caps
 * mentees per mentor, so a group with co-mentors may hold that many per current mentor.
 */
async function assertCaseload(ctx: CommandContext, groupId: string, programId: string) {
  const program = await ctx.trx
    .selectFrom('programs')
    .select('settings')
    .where('id', '=', programId)
    .executeTakeFirstOrThrow();
  const max =
    (JSON.parse(program.settings) as { maxMenteesPerMentor?: number }).maxMenteesPerMentor ?? Number.POSITIVE_INFINITY;
  const day = today(ctx.clock);
  const rows = await ctx.trx
    .selectFrom('groupMembers')
    .select(['role'])
    .where('groupId', '=', groupId)
    .where('deletedAt', 'is', null)
    .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', day)]))
    .execute();
  const mentees = rows.filter((r) => r.role === 'mentee').length;
  const mentors = Math.max(1, rows.filter((r) => r.role === 'mentor').length);
  if (mentees >= max * mentors)
    throw new AppError(
      'conflict',
      `The group already has ${mentees} mentees for ${mentors} mentor(s); the program's limit is ${max} per mentor`,
      [{ path: 'personId', message: 'caseload limit reached' }],
    );
}
