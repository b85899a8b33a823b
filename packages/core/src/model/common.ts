import { z } from 'zod';

/** Ids are UUIDv7 made by whoever creates the record, so offline devices create freely. */
export const Id = z.uuid({ version: 'v7', message: 'must be a UUIDv7 id' });
export type Id = z.infer<typeof Id>;

/** Any UUID (path parameters: a malformed id is a 400, a well-formed unknown one a 404). */
export const AnyId = z.uuid({ message: 'must be a UUID' });

export const IsoDate = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
export const IsoDateTime = z.iso.datetime({ message: 'must be an ISO-8601 UTC timestamp' });

/**
 * How far from the server's clock a date may plausibly be (issue 10, kind 6: a phone whose clock is
 * a year ahead). `past`: when something happened (a meeting held, a lesson observed, a note taken):
 * not after the server's now, with a few minutes' grace. `planned`: a date something is planned for:
 * at most two years ahead. `start`: the first day of a membership: at most half a year ahead (a
 * mentee who starts "next year" never appears on the mentor's phone). Every kind: not before 2000.
 * The command runner checks these against the server's clock (`commands/plausible-dates.ts`).
 */
export type DateWhen = 'past' | 'planned' | 'start';
/** Which schemas are dates checked against the clock (a registry of our own: nothing leaks into OpenAPI). */
export const dateChecks = z.registry<{ when: DateWhen }>();
const isoDate = (w: DateWhen) => z.iso.date({ message: 'must be a date YYYY-MM-DD' }).register(dateChecks, { when: w });
const isoDateTime = (w: DateWhen) =>
  z.iso.datetime({ message: 'must be an ISO-8601 UTC timestamp' }).register(dateChecks, { when: w });

/** A date (YYYY-MM-DD) on which something happened: not in the future. */
export const PastDate = isoDate('past');
/** A moment at which something happened: not in the future (beyond a few minutes of clock drift). */
export const PastDateTime = isoDateTime('past');
/** A date something is planned for: at most two years ahead. */
export const PlannedDate = isoDate('planned');
/** A moment something is planned for: at most two years ahead. */
export const PlannedDateTime = isoDateTime('planned');
/** The first day of a membership: at most half a year ahead. */
export const StartDate = isoDate('start');

export { Code, FreeText, Secret, safeString, Text, type TextKind, textProblem } from './text';

/** Columns every syncable row carries (ARCHITECTURE §5). */
export interface SyncMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

export const Page = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
