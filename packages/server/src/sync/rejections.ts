import {
  jsonBytes,
  MAX_STORED_ARGS_BYTES,
  MAX_STORED_DETAILS,
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
