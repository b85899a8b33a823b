import { z } from 'zod';
import type { ErrorDetail } from '../errors/index';
import type { SyncTable } from './tables';

export * from './limits';
export * from './tables';

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
  /** The device's clock when it sent the push: the server says when it is wrong (issue 10, kind 6). */
  deviceTime: z.iso.datetime({ message: 'must be an ISO-8601 UTC timestamp' }).optional(),
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
  /** Present when the device's clock differs from the server's by more than a few minutes. */
  clockSkewSeconds?: number;
}

/** A device clock this far off (seconds) is worth telling its user about. */
export const CLOCK_SKEW_WARN_SECONDS = 300;

/**
 * How far the device's clock `deviceTime` (ISO) is ahead of the server's `now` (negative: behind),
 * in whole seconds, when that is more than CLOCK_SKEW_WARN_SECONDS; undefined otherwise or when the
 * device sent no time. Network delay is seconds, so a few minutes' difference is the clock itself.
 */
export function clockSkewSeconds(deviceTime: string | undefined, now: Date): number | undefined {
  if (deviceTime === undefined) return undefined;
  const skew = Math.round((Date.parse(deviceTime) - now.getTime()) / 1000);
  return Math.abs(skew) > CLOCK_SKEW_WARN_SECONDS ? skew : undefined;
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
  /** The device's clock when it asked (issue 10, kind 6). */
  deviceTime: z.iso.datetime({ message: 'must be an ISO-8601 UTC timestamp' }).optional(),
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
  /** Present when the device's clock differs from the server's by more than a few minutes. */
  clockSkewSeconds?: number;
}
