import { AppError, childPath, type orgCore } from '@mentora/core';
import { sql } from 'kysely';
import type { AreaHandlers } from '../../area';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { findOrgUnit, orgUnitResource, orgUnitRowToOrgUnit } from './queries';

async function loadUnit(ctx: CommandContext, id: string) {
  const unit = await findOrgUnit(ctx.trx, id);
  if (!unit) throw new AppError('not_found', 'Org unit not found');
  return unit;
}

export const orgHandlers: AreaHandlers<typeof orgCore.commands> = {
  'orgUnit.create': async (ctx, input) => {
    const program = await ctx.trx
      .selectFrom('programs')
      .select(['id', 'rootOrgUnitId'])
      .where('id', '=', input.programId)
      .executeTakeFirst();
    if (!program) throw new AppError('not_found', 'Program not found');
    if (input.parentId === null && program.rootOrgUnitId !== null)
      throw new AppError('conflict', 'The program already has a root unit', [
        { path: 'parentId', message: 'required' },
      ]);
    const parent = input.parentId === null ? null : await loadUnit(ctx, input.parentId);
    if (parent && parent.programId !== input.programId)
      throw new AppError('validation_failed', 'The parent belongs to another program', [
        { path: 'parentId', message: 'belongs to another program' },
      ]);
    const meta = await created(ctx, input.id);
    const path = childPath(parent?.path ?? null, meta.id);
    // A root unit may only be made by a system admin; under a parent, the parent's scope decides.
    ensure(
      ctx.actor,
      'create',
      orgUnitResource({ programId: input.programId, path: parent ? parent.path : path }),
      'org unit',
    );
    if (input.emisCode) {
      const clash = await ctx.trx
        .selectFrom('orgUnits')
        .select('id')
        .where('programId', '=', input.programId)
        .where('emisCode', '=', input.emisCode)
        .executeTakeFirst();
      if (clash)
        throw new AppError('conflict', 'Another unit has this EMIS code', [
          { path: 'emisCode', message: 'already used' },
        ]);
    }
    const row = {
      ...meta,
      programId: input.programId,
      parentId: input.parentId,
      name: input.name,
      kind: input.kind,
      emisCode: input.emisCode ?? null,
      path,
    };
    await ctx.trx.insertInto('orgUnits').values(row).execute();
    if (parent === null)
      await ctx.trx
        .updateTable('programs')
        .set({ rootOrgUnitId: row.id, updatedAt: ctx.now })
        .where('id', '=', program.id)
        .execute();
    return orgUnitRowToOrgUnit(row);
  },

  'orgUnit.rename': async (ctx, input) => {
    const unit = await loadUnit(ctx, input.id);
    ensure(ctx.actor, 'update', orgUnitResource(unit), 'org unit');
    const changes = { name: input.name, ...(await touched(ctx)) };
    await ctx.trx.updateTable('orgUnits').set(changes).where('id', '=', unit.id).execute();
    return orgUnitRowToOrgUnit({ ...unit, ...changes });
  },

  'orgUnit.move': async (ctx, input) => {
    const unit = await loadUnit(ctx, input.id);
    const parent = await loadUnit(ctx, input.parentId);
    ensure(ctx.actor, 'update', orgUnitResource(unit), 'org unit');
    ensure(ctx.actor, 'update', orgUnitResource(parent), 'org unit');
    if (parent.programId !== unit.programId || parent.path.startsWith(unit.path))
      throw new AppError('validation_failed', 'A unit cannot move into another program or under itself', [
        { path: 'parentId', message: 'not a valid new parent' },
      ]);
    const oldPath = unit.path;
    const newPath = childPath(parent.path, unit.id);
    const stamp = await touched(ctx);
    // Rewrite the whole subtree's paths in one statement; every moved row gets the new version.
    await ctx.trx
      .updateTable('orgUnits')
      .set({ path: sql`${newPath} || substr(path, ${oldPath.length + 1})`, ...stamp })
      .where('programId', '=', unit.programId)
      .where('path', 'like', `${oldPath}%`)
      .execute();
    await ctx.trx.updateTable('orgUnits').set({ parentId: parent.id }).where('id', '=', unit.id).execute();
    return orgUnitRowToOrgUnit({ ...unit, parentId: parent.id, path: newPath, ...stamp });
  },

  'orgUnit.archive': async (ctx, input) => {
    const unit = await loadUnit(ctx, input.id);
    ensure(ctx.actor, 'delete', orgUnitResource(unit), 'org unit');
    const [child, person, group, role] = await Promise.all([
      ctx.trx
        .selectFrom('orgUnits')
        .select('id')
        .where('parentId', '=', unit.id)
        .where('deletedAt', 'is', null)
        .executeTakeFirst(),
      ctx.trx
        .selectFrom('persons')
        .select('id')
        .where('schoolId', '=', unit.id)
        .where('deletedAt', 'is', null)
        .executeTakeFirst(),
      ctx.trx
        .selectFrom('groups')
        .select('id')
        .where('orgUnitId', '=', unit.id)
        .where('deletedAt', 'is', null)
        .executeTakeFirst(),
      ctx.trx
        .selectFrom('roleAssignments')
        .select('id')
        .where('orgUnitId', '=', unit.id)
        .where('deletedAt', 'is', null)
        .executeTakeFirst(),
    ]);
    if (child || person || group || role)
      throw new AppError(
        'conflict',
        'The unit still has units, people, groups or roles held there; move or archive them first',
      );
    await ctx.trx
      .updateTable('orgUnits')
      .set({ deletedAt: ctx.now, ...(await touched(ctx)) })
      .where('id', '=', unit.id)
      .execute();
    return null;
  },
};
