import { type Actor, AppError } from '@mentora/core';
import type { Db } from '../db/connect';

/** A clientId belongs to the user who first used it; another user presenting it is refused. */
export async function bindClient(db: Db, clientId: string, actor: Actor, now: string) {
  const existing = await db.selectFrom('syncClients').selectAll().where('id', '=', clientId).executeTakeFirst();
  if (existing) {
    if (existing.userId !== actor.userId)
      throw new AppError('forbidden', 'This device id belongs to another user; log out and in again');
    return existing;
  }
  const row = { id: clientId, userId: actor.userId, lastMutationId: 0, scopeKey: null, createdAt: now, updatedAt: now };
  await db
    .insertInto('syncClients')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const stored = await db.selectFrom('syncClients').selectAll().where('id', '=', clientId).executeTakeFirstOrThrow();
  if (stored.userId !== actor.userId)
    throw new AppError('forbidden', 'This device id belongs to another user; log out and in again');
  return stored;
}

/**
 * Moves the client's last mutation id from `id - 1` to `id` inside the mutation's transaction.
 * Zero rows means another push of the same outbox got there first: the mutation is skipped.
 */
export async function claimMutation(trx: Db, clientId: string, id: number, now: string): Promise<boolean> {
  const r = await trx
    .updateTable('syncClients')
    .set({ lastMutationId: id, updatedAt: now })
    .where('id', '=', clientId)
    .where('lastMutationId', '=', id - 1)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
