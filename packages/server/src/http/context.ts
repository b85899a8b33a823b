import { type Actor, AppError } from '@mentora/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SyncTableDescriptor } from '../area';
import type { Clock } from '../clock';
import { type CommandDeps, type CommandTable, runCommand } from '../commands/run';
import type { Config } from '../config';
import type { Db, Engine } from '../db/connect';
import type { Authenticated } from '../modules/auth/sessions';

export interface AppDeps {
  db: Db;
  engine: Engine;
  clock: Clock;
  config: Config;
  /** Every area's commands, combined in app.ts: routes and the sync push run them. */
  commands: CommandTable;
  /** Every area's sync tables, combined in app.ts: the pull reads them. */
  syncTables: readonly SyncTableDescriptor[];
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, docs). */
    public?: boolean;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError('unauthenticated', 'Please log in');
  return request.auth.actor;
}

/** Routes are thin: validate (schema) → authorize + rule (command) → present. */
export function run(app: FastifyInstance, request: FastifyRequest, name: string, input: unknown): Promise<unknown> {
  const deps: CommandDeps = { db: app.deps.db, clock: app.deps.clock, commands: app.deps.commands };
  return runCommand(deps, actorOf(request), name, input);
}
