import {
  type Actor,
  AppError,
  commandDefs,
  isCommandName,
  type Mutation,
  type MutationError,
  type PushRequest,
  type PushResponse,
} from '@mentora/core';
import { isoNow } from '../clock';
import { makeContext } from '../commands/context';
import { type CommandDeps, executeCommand } from '../commands/run';
import type { Db } from '../db/connect';
import { nextVersion } from '../db/version';
import { constraintViolation } from '../http/errors';
import { bindClient, claimMutation } from './clients';
import { keepConflictCopies } from './conflicts';

class AlreadyProcessed extends Error {}

function asClientError(e: unknown): MutationError | null {
  if (e instanceof AppError) return { code: e.code, message: e.message, details: e.details };
  const c = e instanceof Error ? constraintViolation(e) : null;
  return c ? { code: c.code, message: c.message, details: [] } : null;
}

/**
 * Applies a device's outbox in order, each mutation in its own transaction, exactly once per
 * (clientId, mutation id). A mutation refused by validation or policy is recorded as rejected with
 * its reason and does not block the ones after it. A server fault stops the push: the device
 * keeps its outbox and retries, and what was applied is skipped then.
 */
export async function push(deps: CommandDeps, actor: Actor, req: PushRequest): Promise<PushResponse> {
  const { db, clock } = deps;
  const client = await bindClient(db, req.clientId, actor, isoNow(clock));
  let last = client.lastMutationId;
  const results: PushResponse['results'] = [];
  for (const m of req.mutations) {
    if (m.id <= last) {
      results.push({ id: m.id, status: 'skipped' });
      continue;
    }
    if (m.id !== last + 1)
      throw new AppError('conflict', `Mutation ${m.id} arrived before mutation ${last + 1}; push the outbox in order`, [
        { path: 'mutations', message: `expected mutation ${last + 1}` },
      ]);
    try {
      await db.transaction().execute(async (trx) => {
        const ctx = makeContext(trx, actor, clock);
        if (!(await claimMutation(trx, req.clientId, m.id, ctx.now))) throw new AlreadyProcessed();
        if (!isCommandName(m.name) || !commandDefs[m.name].sync)
          throw new AppError('bad_request', `${m.name} cannot be queued offline`);
        await keepConflictCopies(ctx, m, req.clientId);
        await executeCommand(ctx, m.name, m.args);
        await logMutation(trx, req.clientId, m, null, await ctx.version(), ctx.now);
      });
      results.push({ id: m.id, status: 'applied' });
    } catch (e) {
      if (e instanceof AlreadyProcessed) {
        results.push({ id: m.id, status: 'skipped' });
      } else {
        const error = asClientError(e);
        if (!error) throw e;
        const recorded = await db.transaction().execute(async (trx) => {
          const now = isoNow(clock);
          if (!(await claimMutation(trx, req.clientId, m.id, now))) return false;
          await logMutation(trx, req.clientId, m, error, await nextVersion(trx), now);
          return true;
        });
        results.push(recorded ? { id: m.id, status: 'rejected', error } : { id: m.id, status: 'skipped' });
      }
    }
    last = m.id;
  }
  return { lastMutationId: last, results };
}

/** The server's record of a processed mutation; ordered by version it is the server order. */
function logMutation(trx: Db, clientId: string, m: Mutation, error: MutationError | null, version: number, at: string) {
  return trx
    .insertInto('syncMutations')
    .values({
      clientId,
      mutationId: m.id,
      name: m.name,
      args: JSON.stringify(m.args ?? null),
      status: error ? 'rejected' : 'applied',
      error: error ? JSON.stringify(error) : null,
      version,
      processedAt: at,
    })
    .execute();
}
