import type { ErrorDetail } from '../errors/index';
import { type CommandName, commandDefs } from './index';

/**
 * Checks a command's input against its schema in `commandDefs`, as the server's runner does
 * before running it: null when valid, else the problems as error details (`path` dotted, e.g.
 * `subjects.0`; `message` the schema's). The web app runs it before queueing a write, so a
 * teacher sees an invalid entry while offline, not days later when the outbox syncs (ADR 0018).
 */
export function commandProblems(name: CommandName, input: unknown): ErrorDetail[] | null {
  const parsed = commandDefs[name].input.safeParse(input);
  if (parsed.success) return null;
  return parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
