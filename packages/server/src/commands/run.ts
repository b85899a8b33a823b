import { type Actor, AppError, type CommandName, commandDefs, isCommandName } from '@mentora/core';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { zodDetails } from '../http/errors';
import { type CommandContext, makeContext } from './context';
import { handlers } from './registry';

export interface CommandDeps {
  db: Db;
  clock: Clock;
}

type AnyHandler = (ctx: CommandContext, input: unknown) => Promise<unknown>;

/** Validates a command's input with its schema from core; a bad input is the client's error. */
export function parseCommand(name: string, raw: unknown): { name: CommandName; input: unknown; handler: AnyHandler } {
  if (!isCommandName(name)) throw new AppError('bad_request', `Unknown command ${name}`);
  const parsed = commandDefs[name].input.safeParse(raw);
  if (!parsed.success)
    throw new AppError('validation_failed', 'The command input is not valid', zodDetails(parsed.error.issues));
  const handler = handlers[name] as AnyHandler | undefined;
  if (!handler) throw new AppError('bad_request', `Command ${name} is not available on this server`);
  return { name, input: parsed.data, handler };
}

/** Runs a command inside the caller's transaction (the sync push owns its transactions). */
export function executeCommand(ctx: CommandContext, name: string, raw: unknown): Promise<unknown> {
  const { input, handler } = parseCommand(name, raw);
  return handler(ctx, input);
}

/**
 * The one write path (ARCHITECTURE §4): validate with the command's schema from core, then run its
 * handler in a transaction. REST routes call this; the sync push runs the same `executeCommand`.
 */
export async function runCommand(deps: CommandDeps, actor: Actor, name: string, raw: unknown): Promise<unknown> {
  const { input, handler } = parseCommand(name, raw);
  return deps.db.transaction().execute((trx) => handler(makeContext(trx, actor, deps.clock), input));
}

export type { CommandName };
