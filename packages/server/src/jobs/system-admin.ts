import { type Actor, AppError } from '@mentora/core';
import type { Clock } from '../clock';
import { type CommandContext, makeContext } from '../commands/context';
import { type CommandTable, executeCommand } from '../commands/run';
import type { Db } from '../db/connect';
import { findUserByLogin } from '../modules/auth/queries';
import { parseLogin } from '../modules/auth/sessions';

/** The command line acts as the deployment itself: a system actor that no session can become. */
export const CLI_ACTOR: Actor = { userId: 'cli', personId: 'cli', systemAdmin: true, assignments: [], groups: [] };

/**
 * Makes a login system admin, inside the caller's transaction, and records who did it. Only the
 * command line calls this: no command or route grants system admin (issue 6), so a program admin
 * can neither make one nor take one over.
 */
export async function grantSystemAdmin(ctx: CommandContext, userId: string, why: 'init' | 'recovery'): Promise<void> {
  await ctx.trx.updateTable('users').set({ isSystemAdmin: 1, updatedAt: ctx.now }).where('id', '=', userId).execute();
  await ctx.audit('account.grantSystemAdmin', 'user', userId, { why });
}

/** True when some login is a system admin already (disabled ones count: they can be recovered). */
export async function hasSystemAdmin(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('isSystemAdmin', '=', 1).executeTakeFirst()) !== undefined;
}

/**
 * `mentora sysadmin --login EMAIL|PHONE`: recovers a lost system admin. The existing login becomes
 * system admin, is enabled again, loses its sessions (whoever holds them may be the reason for the
 * recovery), and gets a one-time reset code, valid 7 days, that only this answer shows. Audited.
 * Errors: `not_found` when no login matches or its person was archived.
 */
export async function recoverSystemAdmin(db: Db, clock: Clock, commands: CommandTable, rawLogin: string) {
  const user = await findUserByLogin(db, await parseLogin(db, rawLogin));
  if (!user) throw new AppError('not_found', `No account logs in with ${rawLogin.trim()}`);
  return db.transaction().execute(async (trx) => {
    const ctx = makeContext(trx, CLI_ACTOR, clock);
    const person = await trx
      .selectFrom('persons')
      .select('deletedAt')
      .where('id', '=', user.personId)
      .executeTakeFirstOrThrow();
    if (person.deletedAt !== null)
      throw new AppError('not_found', `The person of ${rawLogin.trim()} was archived; choose another login`);
    await grantSystemAdmin(ctx, user.id, 'recovery');
    await trx.updateTable('users').set({ disabledAt: null }).where('id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('userId', '=', user.id).execute();
    const code = (await executeCommand(ctx, commands, 'account.issueCode', { userId: user.id, purpose: 'reset' })) as {
      code: string;
      expiresAt: string;
    };
    return { userId: user.id, login: user.loginPhone ?? user.loginEmail ?? rawLogin.trim(), ...code };
  });
}
