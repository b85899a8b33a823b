import { AppError, type accountsCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { newId } from '../../clock';
import { type CommandContext, ensure } from '../../commands/context';
import { newOneTimeCode, sha256 } from '../auth/passwords';
import { accountResource } from '../persons/privileges';
import { findPerson, personResource } from '../persons/queries';

const CODE_TTL_DAYS = 7;

/** The person and the policy resource of their login, with what it holds (issue 6). */
async function loadAccount(ctx: CommandContext, personId: string) {
  const person = await findPerson(ctx.trx, personId);
  if (!person) throw new AppError('not_found', 'Person not found');
  return { person, resource: accountResource(await personResource(ctx.trx, person, ctx.clock)) };
}

async function loadUser(ctx: CommandContext, userId: string) {
  const user = await ctx.trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!user) throw new AppError('not_found', 'Account not found');
  return user;
}

export const accountHandlers: AreaHandlers<typeof accountsCore.commands> = {
  /** A login for a person who exists already: their phone (teachers often have no email), else email. */
  'account.create': async (ctx, input) => {
    const { person, resource } = await loadAccount(ctx, input.personId);
    ensure(ctx.actor, 'create', resource, 'account');
    const existing = await ctx.trx
      .selectFrom('users')
      .select('id')
      .where('personId', '=', person.id)
      .executeTakeFirst();
    if (existing) throw new AppError('conflict', 'This person already has a login');
    if (!person.phone && !person.email)
      throw new AppError('validation_failed', 'The person needs a phone number or an email to log in with', [
        { path: 'personId', message: 'no phone or email' },
      ]);
    const login = person.phone
      ? { loginPhone: person.phone, loginEmail: null }
      : { loginPhone: null, loginEmail: person.email };
    const clash = await ctx.trx
      .selectFrom('users')
      .select('id')
      .where((eb) =>
        login.loginPhone ? eb('loginPhone', '=', login.loginPhone) : eb('loginEmail', '=', login.loginEmail),
      )
      .executeTakeFirst();
    if (clash) throw new AppError('conflict', 'Another account already logs in with this phone or email');
    const id = newId();
    await ctx.trx
      .insertInto('users')
      .values({
        id,
        personId: person.id,
        ...login,
        passwordHash: null,
        locale: input.locale,
        isSystemAdmin: 0,
        disabledAt: null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .execute();
    await ctx.audit('account.create', 'user', id, { personId: person.id });
    return { userId: id, login: login.loginPhone ?? login.loginEmail };
  },

  'account.issueCode': async (ctx, input) => {
    const user = await loadUser(ctx, input.userId);
    const { resource } = await loadAccount(ctx, user.personId);
    ensure(ctx.actor, 'update', resource, 'account');
    const code = newOneTimeCode();
    const expiresAt = new Date(ctx.clock.now().getTime() + CODE_TTL_DAYS * 86400_000).toISOString();
    // Earlier unused codes stop working: only the latest code read out is valid.
    await ctx.trx
      .updateTable('oneTimeCodes')
      .set({ usedAt: ctx.now })
      .where('userId', '=', user.id)
      .where('usedAt', 'is', null)
      .execute();
    await ctx.trx
      .insertInto('oneTimeCodes')
      .values({
        id: newId(),
        userId: user.id,
        purpose: input.purpose,
        codeHash: sha256(`${user.id}:${code}`),
        expiresAt,
        usedAt: null,
        createdByUserId: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .execute();
    await ctx.audit('account.issueCode', 'user', user.id, { purpose: input.purpose });
    return { code, expiresAt };
  },

  'account.setDisabled': async (ctx, input) => {
    const user = await loadUser(ctx, input.userId);
    const { resource } = await loadAccount(ctx, user.personId);
    ensure(ctx.actor, 'update', resource, 'account');
    if (user.id === ctx.actor.userId)
      throw new AppError('validation_failed', 'You cannot disable your own account', []);
    await ctx.trx
      .updateTable('users')
      .set({ disabledAt: input.disabled ? ctx.now : null, updatedAt: ctx.now })
      .where('id', '=', user.id)
      .execute();
    if (input.disabled) await ctx.trx.deleteFrom('sessions').where('userId', '=', user.id).execute();
    await ctx.audit('account.setDisabled', 'user', user.id, { disabled: input.disabled });
    return null;
  },
};
