import { type Actor, AppError, MAX_SYNC_CLIENTS_PER_USER, SYNC_CLIENT_STALE_DAYS } from '@mentora/core';
import type { Db } from '../db/connect';

/** What the server knows of a device: `known` false means no row exists (a new client). */
export interface ClientState {
  lastMutationId: number;
  scopeKey: string | null;
  known: boolean;
}

const foreign = () => new AppError('forbidden', 'This device id belongs to another user; log out and in again');

/**
 * Reads the device's row without writing (defect 8: a refused request or a pull must not claim an
 * id). An unknown id reads as a new client; another user's id is refused with 403.
 */
export async function findClient(db: Db, clientId: string, actor: Actor): Promise<ClientState> {
  const row = await db.selectFrom('syncClients').selectAll().where('id', '=', clientId).executeTakeFirst();
  if (!row) return { lastMutationId: 0, scopeKey: null, known: false };
  if (row.userId !== actor.userId) throw foreign();
  return { lastMutationId: Number(row.lastMutationId), scopeKey: row.scopeKey, known: true };
}

/**
 * A clientId belongs to the user who first had a mutation processed with it. Runs inside the
 * transaction of that mutation, so the claim commits with it or not at all; a racing claim by
 * another user makes this one fail with 403.
 */
export async function claimClient(trx: Db, clientId: string, actor: Actor, now: string): Promise<void> {
  await trx
    .insertInto('syncClients')
    .values({ id: clientId, userId: actor.userId, lastMutationId: 0, scopeKey: null, createdAt: now, updatedAt: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const stored = await trx.selectFrom('syncClients').select('userId').where('id', '=', clientId).executeTakeFirst();
  if (stored?.userId !== actor.userId) throw foreign();
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

/**
 * Before a new device id is used (security probe B3): 429 `too_many_devices` when the user already
 * has MAX_SYNC_CLIENTS_PER_USER device ids seen in the last SYNC_CLIENT_STALE_DAYS days. Reads
 * only, so a refused push writes nothing.
 */
export async function assertRoomForClient(db: Db, actor: Actor, now: Date): Promise<void> {
  const since = new Date(now.getTime() - SYNC_CLIENT_STALE_DAYS * 86400_000).toISOString();
  const row = await db
    .selectFrom('syncClients')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('userId', '=', actor.userId)
    .where('updatedAt', '>=', since)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= MAX_SYNC_CLIENTS_PER_USER)
    throw new AppError(
      'too_many_devices',
      `This account already syncs from ${MAX_SYNC_CLIENTS_PER_USER} devices; a device unused for ${SYNC_CLIENT_STALE_DAYS} days stops counting`,
      [{ path: 'clientId', message: `at most ${MAX_SYNC_CLIENTS_PER_USER} devices` }],
    );
}
