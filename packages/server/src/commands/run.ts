import { type Actor, AppError, implausibleDates } from '@mentora/core';
import type { z } from 'zod';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { zodDetails } from '../http/errors';
import { type CommandContext, makeContext } from './context';

/** One command as the runner knows it: core's input schema and sync flag, and the area's handler. */
export interface CommandEntry {
  input: z.ZodType;
  sync: boolean;
  /** The sync push keeps no args of this command (core `CommandDef.anonymous`, ADR 0022). */
  anonymous?: boolean;
  handler: (ctx: CommandContext, input: never) => Promise<unknown>;
}

/** Every command by name, combined from the area descriptors in app.ts and passed in (ADR 0015). */
export type CommandTable = ReadonlyMap<string, CommandEntry>;

export interface CommandDeps {
  db: Db;
  clock: Clock;
  commands: CommandTable;
}

type AnyHandler = (ctx: CommandContext, input: unknown) => Promise<unknown>;

/**
 * Validates a command's input with its schema from core, then its dates against the server's clock
 * `now` (issue 10, kind 6: a phone a year ahead must not record a meeting held next year). A bad
 * input is the client's error: `validation_failed` with one detail per field.
 */
export function parseCommand(
  commands: CommandTable,
  name: string,
  raw: unknown,
  now: Date,
): { name: string; input: unknown; handler: AnyHandler; sync: boolean } {
  const entry = commands.get(name);
  if (!entry) throw new AppError('bad_request', `Unknown command ${name}`);
  const parsed = entry.input.safeParse(raw);
  if (!parsed.success)
    throw new AppError('validation_failed', 'The command input is not valid', zodDetails(parsed.error.issues));
  const dates = implausibleDates(entry.input, parsed.data, now);
  if (dates.length > 0) throw new AppError('validation_failed', 'A date of the command cannot be right', dates);
  return { name, input: parsed.data, handler: entry.handler as AnyHandler, sync: entry.sync };
}

/** Runs a command inside the caller's transaction (the sync push owns its transactions). */
export function executeCommand(ctx: CommandContext, commands: CommandTable, name: string, raw: unknown) {
  const { input, handler } = parseCommand(commands, name, raw, new Date(ctx.now));
  return handler(ctx, input);
}

/**
 * The one write path (ARCHITECTURE §4): validate with the command's schema from core, then run its
 * handler in a transaction. REST routes call this; the sync push runs the same `parseCommand`.
 */
export async function runCommand(deps: CommandDeps, actor: Actor, name: string, raw: unknown): Promise<unknown> {
  const { input, handler } = parseCommand(deps.commands, name, raw, deps.clock.now());
  return deps.db.transaction().execute((trx) => handler(makeContext(trx, actor, deps.clock), input));
}
