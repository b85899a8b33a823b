import {
  AppError,
  jsonBytes,
  MAX_STORED_ARGS_BYTES,
  MAX_STORED_DETAILS,
  MAX_USER_PENDING_REJECTIONS,
  MAX_USER_STORED_ARGS_CHARS,
  MAX_USER_STORED_REJECTIONS,
  type Mutation,
  type MutationError,
  textProblem,
} from '@mentora/core';
import type { Db } from '../db/connect';

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The reason a device is told and the server keeps (defect 7): the message cut to 500 characters,
 * at most 20 details of 300 characters each, and a note of how many details were left out.
 */
export function boundedError(e: MutationError): MutationError {
  const details = e.details.slice(0, MAX_STORED_DETAILS).map((d) => ({
    ...d,
    ...(d.path === undefined ? {} : { path: cut(d.path, 300) }),
    message: cut(d.message, 300),
  }));
  const more = e.details.length - details.length;
  if (more > 0) details.push({ message: `and ${more} more` });
  return { code: e.code, message: cut(e.message, 500), details };
}

/**
 * The args a rejection keeps: as sent up to 8 KB of JSON (MAX_STORED_ARGS_BYTES), else null — the
 * device shows the rejected change from its own outbox copy. `safe` false (too deep or too big to
 * look at) is always null.
 */
export function storedArgs(m: Mutation, safe: boolean): string {
  if (!safe || jsonBytes(m.args) > MAX_STORED_ARGS_BYTES) return 'null';
  return JSON.stringify(m.args ?? null);
}

/** A command name is stored as text: one that breaks the text rule is stored as "?" (it is no command anyway). */
export const storedName = (name: string) => (textProblem(name, 'name') ? '?' : name);

/**
 * Rejections below `below` (a push's `acknowledged`: the device's oldest outbox id) are stored on
 * the device — the pull that dropped them from its outbox stored them in the same transaction
 * (packages/web/src/store/outbox.ts applyPull) — and it never asks for them again. Deleting them
 * keeps one device's junk from growing for ever. Returns how many were forgotten.
 */
export async function forgetAcknowledged(db: Db, clientId: string, below: number): Promise<number> {
  const r = await db
    .deleteFrom('syncMutations')
    .where('clientId', '=', clientId)
    .where('status', '=', 'rejected')
    .where('mutationId', '<', below)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * What one user's stored rejections hold now, across all their devices: `pending` rows, of which
 * `withArgs` keep their args, `argsChars` characters of JSON in all. Read once per push and then
 * counted forward in memory (`keepArgs`), so two pushes racing may go over by one push's worth.
 */
export interface RejectionQuota {
  pending: number;
  withArgs: number;
  argsChars: number;
}

/** Reads the user's `RejectionQuota` (security probe B3). */
export async function readRejectionQuota(db: Db, userId: string): Promise<RejectionQuota> {
  const row = await db
    .selectFrom('syncMutations')
    .innerJoin('syncClients', 'syncClients.id', 'syncMutations.clientId')
    .where('syncClients.userId', '=', userId)
    .where('syncMutations.status', '=', 'rejected')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('pending'),
      eb.fn.count<number | string>(eb.case().when('syncMutations.args', '!=', 'null').then(1).end()).as('withArgs'),
      eb.fn
        .sum<number | string | null>(
          eb
            .case()
            .when('syncMutations.args', '!=', 'null')
            .then(eb.fn('length', ['syncMutations.args']))
            .else(0)
            .end(),
        )
        .as('argsChars'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), withArgs: Number(row.withArgs), argsChars: Number(row.argsChars ?? 0) };
}

/** 429 `rate_limited` when the user's devices have left MAX_USER_PENDING_REJECTIONS unacknowledged. */
export function assertRoomForRejections(quota: RejectionQuota): void {
  if (quota.pending >= MAX_USER_PENDING_REJECTIONS)
    throw new AppError(
      'rate_limited',
      `${quota.pending} refused changes are waiting to be collected by your devices; sync them (or wait for the clean-up of devices unused for long) before sending more`,
    );
}

/**
 * The args to store for one more rejection (`args` as `storedArgs` gave them): kept while the user
 * has fewer than MAX_USER_STORED_REJECTIONS rejections with args and MAX_USER_STORED_ARGS_CHARS
 * characters of them, else 'null' (the device shows its own copy). Counts the new row into `quota`.
 */
export function keepArgs(quota: RejectionQuota, args: string): string {
  quota.pending++;
  if (args === 'null') return args;
  if (quota.withArgs >= MAX_USER_STORED_REJECTIONS || quota.argsChars + args.length > MAX_USER_STORED_ARGS_CHARS)
    return 'null';
  quota.withArgs++;
  quota.argsChars += args.length;
  return args;
}
