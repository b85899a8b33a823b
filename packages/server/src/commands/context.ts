import {
  type ActionOn,
  type Actor,
  AppError,
  type CommandInput,
  type CommandName,
  can,
  type Resource,
} from '@mentora/core';
import { type Clock, isoNow, newId } from '../clock';
import type { Db } from '../db/connect';
import { nextVersion } from '../db/version';

/** What a command runs with: the caller's transaction, the actor, time, and one version per transaction. */
export interface CommandContext {
  trx: Db;
  actor: Actor;
  now: string;
  clock: Clock;
  version(): Promise<number>;
  audit(action: string, resourceType: string, resourceId: string | null, details?: object): Promise<void>;
}

export type Handler<N extends CommandName> = (ctx: CommandContext, input: CommandInput<N>) => Promise<unknown>;
export type HandlerMap = { [N in CommandName]?: Handler<N> };

export function makeContext(trx: Db, actor: Actor, clock: Clock): CommandContext {
  let version: Promise<number> | null = null;
  const now = isoNow(clock);
  return {
    trx,
    actor,
    now,
    clock,
    version: () => {
      version ??= nextVersion(trx);
      return version;
    },
    audit: async (action, resourceType, resourceId, details = {}) => {
      await trx
        .insertInto('auditEvents')
        .values({
          id: newId(),
          at: now,
          actorUserId: actor.userId,
          action,
          resourceType,
          resourceId,
          details: JSON.stringify(details),
        })
        .execute();
    },
  };
}

/**
 * Enforces the policy. A record the actor may not even read answers "not found", so a denial does
 * not reveal that it exists; one it may read but not change answers "forbidden".
 */
export function ensure<R extends Resource>(actor: Actor, action: ActionOn<R['type']>, resource: R, what: string): void {
  if (can(actor, action, resource)) return;
  // A resource type without `read` (a roster) answers "not found": can() refuses what is not declared.
  if (action !== 'read' && can(actor, 'read' as ActionOn<R['type']>, resource))
    throw new AppError('forbidden', `You may not ${action} this ${what}`);
  throw new AppError('not_found', `${what} not found`);
}

/** Sync columns for a new row. */
export async function created(ctx: CommandContext, id?: string) {
  return { id: id ?? newId(), createdAt: ctx.now, updatedAt: ctx.now, deletedAt: null, version: await ctx.version() };
}

export async function touched(ctx: CommandContext) {
  return { updatedAt: ctx.now, version: await ctx.version() };
}
