import { createHash, randomBytes } from 'node:crypto';
import type { calendarCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { newId } from '../../clock';
import type { CommandContext } from '../../commands/context';
import type {} from './schema';

/** SHA-256 of a feed token, hex: what the table keeps (a leaked table does not give the URLs). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function revokeLive(ctx: CommandContext): Promise<number> {
  const res = await ctx.trx
    .updateTable('calendarFeeds')
    .set({ revokedAt: ctx.now })
    .where('personId', '=', ctx.actor.personId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export const calendarHandlers: AreaHandlers<typeof calendarCore.commands> = {
  /**
   * A new secret feed for the acting person; any earlier one stops answering (rotation). Returns
   * the token once — 32 random bytes, base64url — the server keeps only its hash.
   */
  'calendarFeed.create': async (ctx) => {
    const rotated = await revokeLive(ctx);
    const token = randomBytes(32).toString('base64url');
    const id = newId();
    await ctx.trx
      .insertInto('calendarFeeds')
      .values({ id, personId: ctx.actor.personId, tokenHash: hashToken(token), createdAt: ctx.now, revokedAt: null })
      .execute();
    await ctx.audit(rotated ? 'calendar_feed.rotate' : 'calendar_feed.create', 'calendar_feed', id);
    return { id, token, createdAt: ctx.now };
  },
  /** Stops the acting person's feed; its URL answers 404 from now on. Nothing to stop is no error. */
  'calendarFeed.revoke': async (ctx) => {
    if (await revokeLive(ctx)) await ctx.audit('calendar_feed.revoke', 'calendar_feed', null);
    return null;
  },
};
