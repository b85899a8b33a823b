import { z } from 'zod';
import type { SyncTable } from '../areas/index';
import type { ErrorDetail } from '../errors/index';

export * from './limits';

/**
 * Push/pull protocol after Replicache (ARCHITECTURE §5). A device numbers its mutations 1, 2, 3…
 * per clientId; the server applies each exactly once, in order, and says how far it got.
 */
export const Mutation = z.strictObject({
  id: z.number().int().min(1),
  name: z.string().min(1).max(100),
  args: z.unknown(),
  /** The values of the edited fields as the device saw them before the edit (for conflict copies). */
  base: z.record(z.string(), z.unknown()).optional(),
});
export type Mutation = z.infer<typeof Mutation>;

/** A week of a mentor's offline work is about 300 mutations; one push may carry 1,000. */
export const MAX_PUSH = 1000;
export const PushRequest = z.strictObject({
  clientId: z.uuid(),
  mutations: z.array(Mutation).max(MAX_PUSH),
  /**
   * The device's oldest outbox mutation id: it stored every rejection below it (with the pull
   * that dropped those from its outbox), so the server may forget them (issue 6, defect 7).
   */
  acknowledged: z.number().int().min(1).optional(),
});
export type PushRequest = z.infer<typeof PushRequest>;

export type MutationStatus = 'applied' | 'rejected' | 'skipped';
export interface MutationError {
  code: string;
  message: string;
  details: ErrorDetail[];
}
export interface PushResponse {
  lastMutationId: number;
  results: { id: number; status: MutationStatus; error?: MutationError }[];
}

export const PullQuery = z.strictObject({
  clientId: z.uuid(),
  cursor: z.coerce.number().int().min(0).default(0),
  /** The smallest mutation id still in the device's outbox: rejections from there on are returned. */
  pending: z.coerce.number().int().min(1).optional(),
  /** The `scope` of the device's last pull: a different working set now answers with a reset. */
  scope: z
    .string()
    .regex(/^[0-9a-f]{1,128}$/, 'must be the scope a pull returned')
    .optional(),
});
export type PullQuery = z.infer<typeof PullQuery>;

/** One row change: `d` is the record, or absent for a deletion (tombstone or left the working set). */
export interface Change {
  t: SyncTable;
  id: string;
  v: number;
  d?: Record<string, unknown>;
}

export interface RejectedMutation {
  id: number;
  name: string;
  args: unknown;
  error: MutationError;
}

export interface PullResponse {
  cursor: number;
  lastMutationId: number;
  /** The working set changed shape (new group, role removed…): drop local data and take `changes` as all of it. */
  reset: boolean;
  /** The working set's fingerprint: send it back as `scope` with the next pull. */
  scope: string;
  changes: Change[];
  /** More changes wait: pull again from `cursor` before rebasing. */
  more: boolean;
  rejected: RejectedMutation[];
}

/** A text that lost to a later edit of the same field: kept, visible, never silently dropped. */
export interface ConflictCopy {
  id: string;
  tableName: SyncTable;
  recordId: string;
  field: string;
  keptText: string;
  winningText: string;
  createdAt: string;
  version: number;
}
