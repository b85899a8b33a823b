import { AppError, type rolesCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import type { PersonRow } from '../../db/schema';
import { findOrgUnit, orgUnitResource } from '../org/queries';
import { accountResource } from '../persons/privileges';
import { findPerson, personResource } from '../persons/queries';

async function loadPerson(ctx: CommandContext, id: string): Promise<PersonRow> {
  const p = await findPerson(ctx.trx, id);
  if (!p) throw new AppError('not_found', 'Person not found');
  return p;
}

/** Role assignments: who holds which role where (ARCHITECTURE §1). Online only, audited. */
export const roleHandlers: AreaHandlers<typeof rolesCore.commands> = {
  'role.assign': async (ctx, input) => {
    const person = await loadPerson(ctx, input.personId);
    const unit = await findOrgUnit(ctx.trx, input.orgUnitId);
    if (!unit || unit.programId !== input.programId) throw new AppError('not_found', 'Org unit not found');
    if (person.programId !== input.programId)
      throw new AppError('validation_failed', 'The person belongs to another program', [
        { path: 'personId', message: 'another program' },
      ]);
    ensure(
      ctx.actor,
      'create',
      { type: 'role_assignment', programId: unit.programId, path: unit.path, personId: person.id },
      'role assignment',
    );
    ensure(ctx.actor, 'read', orgUnitResource(unit), 'org unit');
    // The actor must outrank the account as it would be after the grant (issue 6): no peers, no
    // changes to anyone who outranks them.
    const target = await personResource(ctx.trx, person, ctx.clock);
    const after = {
      systemAdmin: target.holds.systemAdmin,
      assignments: [...target.holds.assignments, { role: input.role, programId: unit.programId, path: unit.path }],
    };
    ensure(ctx.actor, 'update', accountResource(target, after), 'account');
    const existing = await ctx.trx
      .selectFrom('roleAssignments')
      .selectAll()
      .where('personId', '=', person.id)
      .where('role', '=', input.role)
      .where('orgUnitId', '=', unit.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (existing) return existing;
    const row = {
      ...(await created(ctx, input.id)),
      personId: person.id,
      role: input.role,
      programId: unit.programId,
      orgUnitId: unit.id,
    };
    await ctx.trx.insertInto('roleAssignments').values(row).execute();
    await ctx.audit('role.assign', 'role_assignment', row.id, {
      personId: person.id,
      role: input.role,
      orgUnitId: unit.id,
    });
    return row;
  },

  'role.revoke': async (ctx, input) => {
    const ra = await ctx.trx
      .selectFrom('roleAssignments')
      .selectAll()
      .where('id', '=', input.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    const unit = ra ? await findOrgUnit(ctx.trx, ra.orgUnitId) : undefined;
    if (!ra || !unit) throw new AppError('not_found', 'Role assignment not found');
    ensure(
      ctx.actor,
      'delete',
      { type: 'role_assignment', programId: ra.programId, path: unit.path, personId: ra.personId },
      'role assignment',
    );
    // Revoking changes the account as it is now: the actor must outrank it (issue 6).
    const person = await loadPerson(ctx, ra.personId);
    ensure(ctx.actor, 'update', accountResource(await personResource(ctx.trx, person, ctx.clock)), 'account');
    await ctx.trx
      .updateTable('roleAssignments')
      .set({ deletedAt: ctx.now, ...(await touched(ctx)) })
      .where('id', '=', ra.id)
      .execute();
    await ctx.audit('role.revoke', 'role_assignment', ra.id, { personId: ra.personId, role: ra.role });
    return null;
  },
};
