import { AppError, can, NO_PRIVILEGES, type personsCore, type UpdatePerson } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import type { PersonRow } from '../../db/schema';
import { findOrgUnit } from '../org/queries';
import { programCountry, storedPhone } from './phones';
import { findPerson, personResource, personRowToPerson, programRootPath } from './queries';
import { personSearchKey } from './search';

async function loadPerson(ctx: CommandContext, id: string): Promise<PersonRow> {
  const p = await findPerson(ctx.trx, id);
  if (!p) throw new AppError('not_found', 'Person not found');
  return p;
}

async function schoolPath(ctx: CommandContext, programId: string, schoolId: string | null | undefined) {
  if (!schoolId) return programRootPath(ctx.trx, programId);
  const school = await findOrgUnit(ctx.trx, schoolId);
  if (!school || school.programId !== programId)
    throw new AppError('validation_failed', 'The school is not a unit of this program', [
      { path: 'schoolId', message: 'unknown school' },
    ]);
  return school.path;
}

/** Same phone or EMIS id in a program means the same teacher: report it rather than make a twin. */
async function assertUnique(
  ctx: CommandContext,
  programId: string,
  fields: { phone?: string | null; emisId?: string | null },
  self?: string,
) {
  for (const key of ['phone', 'emisId'] as const) {
    const value = fields[key];
    if (!value) continue;
    let q = ctx.trx.selectFrom('persons').select('id').where('programId', '=', programId).where(key, '=', value);
    if (self) q = q.where('id', '!=', self);
    if (await q.executeTakeFirst())
      throw new AppError('conflict', `Another person has this ${key === 'phone' ? 'phone number' : 'EMIS id'}`, [
        { path: key, message: 'already used' },
      ]);
  }
}

/** A person may edit their own contact details; who their school is, and the rest, is the admin's. */
const SELF_EDITABLE = new Set<keyof UpdatePerson>(['id', 'fullName', 'phone', 'email', 'subjects', 'grades']);

export const personHandlers: AreaHandlers<typeof personsCore.commands> = {
  'person.create': async (ctx, input) => {
    const path = await schoolPath(ctx, input.programId, input.schoolId);
    ensure(
      ctx.actor,
      'create',
      { type: 'person', programId: input.programId, path, personId: '', groupIds: [], holds: NO_PRIVILEGES },
      'person',
    );
    const phone =
      input.phone === null ? null : storedPhone(input.phone, await programCountry(ctx.trx, input.programId));
    await assertUnique(ctx, input.programId, { phone, emisId: input.emisId });
    const meta = await created(ctx, input.id);
    const row: PersonRow = {
      ...meta,
      programId: input.programId,
      fullName: input.fullName,
      gender: input.gender,
      subjects: JSON.stringify(input.subjects),
      grades: JSON.stringify(input.grades),
      yearsExperience: input.yearsExperience,
      phone,
      email: input.email,
      schoolId: input.schoolId,
      emisId: input.emisId,
      searchKey: personSearchKey(input),
    };
    await ctx.trx.insertInto('persons').values(row).execute();
    return personRowToPerson(row);
  },

  'person.update': async (ctx, input) => {
    const person = await loadPerson(ctx, input.id);
    const resource = await personResource(ctx.trx, person, ctx.clock);
    ensure(ctx.actor, 'update', resource, 'person');
    // The program's record (school, gender, experience, EMIS id) needs `updateRecord`, also on one's
    // own profile: core policy/people.ts (issue 7: an admin of another program passed).
    if (!can(ctx.actor, 'updateRecord', resource)) {
      const extra = Object.keys(input).filter((k) => !SELF_EDITABLE.has(k as keyof UpdatePerson));
      if (extra.length) throw new AppError('forbidden', `You may not change ${extra.join(', ')} of your own profile`);
    }
    if (input.schoolId !== undefined) {
      const newPath = await schoolPath(ctx, person.programId, input.schoolId);
      ensure(ctx.actor, 'update', { ...resource, path: newPath }, 'person');
    }
    const phone =
      input.phone === undefined || input.phone === null
        ? input.phone
        : storedPhone(input.phone, await programCountry(ctx.trx, person.programId));
    await assertUnique(ctx, person.programId, { phone, emisId: input.emisId }, person.id);
    const { id: _id, subjects, grades, ...rest } = input;
    const changes: Partial<PersonRow> = {
      ...rest,
      ...(phone !== undefined ? { phone } : {}),
      ...(input.fullName !== undefined || input.emisId !== undefined
        ? {
            searchKey: personSearchKey({
              fullName: input.fullName ?? person.fullName,
              emisId: input.emisId === undefined ? person.emisId : input.emisId,
            }),
          }
        : {}),
      ...(subjects ? { subjects: JSON.stringify(subjects) } : {}),
      ...(grades ? { grades: JSON.stringify(grades) } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('persons').set(changes).where('id', '=', person.id).execute();
    return personRowToPerson({ ...person, ...changes });
  },

  'person.archive': async (ctx, input) => {
    const person = await loadPerson(ctx, input.id);
    ensure(ctx.actor, 'delete', await personResource(ctx.trx, person, ctx.clock), 'person');
    const stamp = await touched(ctx);
    await ctx.trx
      .updateTable('persons')
      .set({ deletedAt: ctx.now, ...stamp })
      .where('id', '=', person.id)
      .execute();
    // Their roles and memberships end with them; their login stops working.
    await ctx.trx
      .updateTable('roleAssignments')
      .set({ deletedAt: ctx.now, ...stamp })
      .where('personId', '=', person.id)
      .where('deletedAt', 'is', null)
      .execute();
    await ctx.trx
      .updateTable('groupMembers')
      .set({ deletedAt: ctx.now, ...stamp })
      .where('personId', '=', person.id)
      .where('deletedAt', 'is', null)
      .execute();
    await ctx.trx
      .updateTable('users')
      .set({ disabledAt: ctx.now, updatedAt: ctx.now })
      .where('personId', '=', person.id)
      .execute();
    await ctx.trx
      .deleteFrom('sessions')
      .where('userId', 'in', (eb) => eb.selectFrom('users').select('id').where('personId', '=', person.id))
      .execute();
    return null;
  },
};
