import {
  type Actor,
  AppError,
  argsProblem,
  clockSkewSeconds,
  type Mutation,
  type MutationError,
  type PushRequest,
  type PushResponse,
  textProblem,
} from '@mentora/core';
import { isoNow } from '../clock';
import { makeContext } from '../commands/context';
import { type CommandDeps, parseCommand } from '../commands/run';
import type { Db } from '../db/connect';
import { nextVersion } from '../db/version';
import { constraintViolation } from '../http/errors';
import { assertRoomForClient, claimClient, claimMutation, findClient } from './clients';
import { keepConflictCopies } from './conflicts';
import {
  assertRoomForRejections,
  boundedError,
  forgetAcknowledged,
  keepArgs,
  readRejectionQuota,
  storedArgs,
  storedName,
} from './rejections';

class AlreadyProcessed extends Error {}

function asClientError(e: unknown): MutationError | null {
  if (e instanceof AppError) return { code: e.code, message: e.message, details: e.details };
  const c = e instanceof Error ? constraintViolation(e) : null;
  return c ? { code: c.code, message: c.message, details: [] } : null;
}

const gap = (expected: number) =>
  new AppError('conflict', `A mutation arrived before mutation ${expected}; push the outbox in order`, [
    { path: 'mutations', message: `expected mutation ${expected}` },
  ]);

/**
 * Why a mutation cannot even be looked at (too deep, too big, a name that is no text), before
 * anything recurses into it: it is rejected with this short reason and the outbox moves on.
 */
function poison(m: Mutation): MutationError | null {
  const nameProblem = textProblem(m.name, 'name');
  const detail = nameProblem ? { path: 'name', message: nameProblem } : argsProblem(m);
  return detail
    ? { code: 'validation_failed', message: 'The change cannot be processed as sent', details: [detail] }
    : null;
}

/**
 * Applies a device's outbox in order, each mutation in its own transaction, exactly once per
 * (clientId, mutation id). A mutation refused by validation or policy is recorded as rejected with
 * its (bounded) reason and does not block the ones after it. A server fault stops the push: the
 * device keeps its outbox and retries, and what was applied is skipped then. A push refused as a
 * whole (a gap, another user's id) writes nothing; the device id is claimed by the transaction of
 * its first processed mutation.
 */
export async function push(deps: CommandDeps, actor: Actor, req: PushRequest): Promise<PushResponse> {
  const { db, clock } = deps;
  const client = await findClient(db, req.clientId, actor);
  let last = client.lastMutationId;
  let expected = last;
  for (const m of req.mutations) {
    if (m.id <= expected) continue;
    if (m.id !== expected + 1) throw gap(expected + 1);
    expected = m.id;
  }
  // Caps per user (security probe B3), checked before anything is written; a push that only
  // acknowledges (or only repeats processed mutations) always goes through, so the caps can clear.
  const quota = await readRejectionQuota(db, actor.userId);
  if (expected > last) {
    if (!client.known) await assertRoomForClient(db, actor, clock.now());
    assertRoomForRejections(quota);
  }
  let claimed = client.known;
  const claim = async (trx: Db, now: string) => {
    if (!claimed) await claimClient(trx, req.clientId, actor, now);
  };
  const results: PushResponse['results'] = [];
  for (const m of req.mutations) {
    if (m.id <= last) {
      results.push({ id: m.id, status: 'skipped' });
      continue;
    }
    // A concurrent push of the same outbox may have moved on: the same check as above, live.
    if (m.id !== last + 1) throw gap(last + 1);
    let error = poison(m);
    // ADR 0022: an anonymous command's args (a rating) are never kept beside the device that sent them.
    const keepsArgs = !deps.commands.get(m.name)?.anonymous;
    const safe = error === null && keepsArgs;
    let outcome: 'applied' | 'skipped' | null = null;
    if (!error) {
      try {
        await db.transaction().execute(async (trx) => {
          const ctx = makeContext(trx, actor, clock);
          await claim(trx, ctx.now);
          if (!(await claimMutation(trx, req.clientId, m.id, ctx.now))) throw new AlreadyProcessed();
          if (!deps.commands.get(m.name)?.sync)
            throw new AppError('bad_request', `${JSON.stringify(m.name)} cannot be queued offline`);
          // Validate first: conflict copies and the handler only ever see input that passed the schema.
          const { input, handler } = parseCommand(deps.commands, m.name, m.args, deps.clock.now());
          await keepConflictCopies(ctx, { ...m, args: input }, req.clientId);
          await handler(ctx, input);
          const args = keepsArgs ? JSON.stringify(m.args ?? null) : 'null';
          await logMutation(trx, req.clientId, m, null, args, await ctx.version(), ctx.now);
        });
        outcome = 'applied';
      } catch (e) {
        if (e instanceof AlreadyProcessed) outcome = 'skipped';
        else {
          error = asClientError(e);
          if (!error) throw e;
        }
      }
    }
    if (outcome) results.push({ id: m.id, status: outcome });
    else if (error) {
      const reason = boundedError(error);
      // Counted even if a racing push records it instead: the cap errs on the side of null args.
      const args = keepArgs(quota, storedArgs(m, safe));
      const recorded = await db.transaction().execute(async (trx) => {
        const now = isoNow(clock);
        await claim(trx, now);
        if (!(await claimMutation(trx, req.clientId, m.id, now))) return false;
        await logMutation(trx, req.clientId, m, reason, args, await nextVersion(trx), now);
        return true;
      });
      results.push(recorded ? { id: m.id, status: 'rejected', error: reason } : { id: m.id, status: 'skipped' });
    }
    claimed = true;
    last = m.id;
  }
  // Only what the server has processed can have been acknowledged, whatever the device says.
  if (claimed && req.acknowledged) await forgetAcknowledged(db, req.clientId, Math.min(req.acknowledged, last + 1));
  const skew = clockSkewSeconds(req.deviceTime, deps.clock.now());
  return { lastMutationId: last, results, ...(skew === undefined ? {} : { clockSkewSeconds: skew }) };
}

/** The server's record of a processed mutation; ordered by version it is the server order. */
function logMutation(
  trx: Db,
  clientId: string,
  m: Mutation,
  error: MutationError | null,
  args: string,
  version: number,
  at: string,
) {
  return trx
    .insertInto('syncMutations')
    .values({
      clientId,
      mutationId: m.id,
      name: storedName(m.name),
      args,
      status: error ? 'rejected' : 'applied',
      error: error ? JSON.stringify(error) : null,
      version,
      processedAt: at,
    })
    .execute();
}
