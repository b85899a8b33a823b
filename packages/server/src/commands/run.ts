import { type Actor, AppError, type CommandName, commandDefs, isCommandName } from '@mentora/core';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { zodDetails } from '../http/errors';
import { makeContext } from './context';
import { handlers } from './registry';

export interface CommandDeps {
  db: Db;
  clock: Clock;
}

/**
 * The one write path (ARCHITECTURE §4): validate with the command's schema from core, then run its
 * handler in a transaction. REST routes call this; the sync push will call exactly the same.
 */
export async function runCommand(deps: CommandDeps, actor: Actor, name: string, raw: unknown): Promise<unknown> {
  if (!isCommandName(name)) throw new AppError('bad_request', `Unknown command ${name}`);
  const parsed = commandDefs[name].input.safeParse(raw);
  if (!parsed.success)
    throw new AppError('validation_failed', 'The command input is not valid', zodDetails(parsed.error.issues));
  const handler = handlers[name] as
    | ((ctx: ReturnType<typeof makeContext>, input: unknown) => Promise<unknown>)
    | undefined;
  if (!handler) throw new AppError('bad_request', `Command ${name} is not available on this server`);
  return deps.db.transaction().execute((trx) => handler(makeContext(trx, actor, deps.clock), parsed.data));
}

export type { CommandName };
