import { z } from 'zod';

/** Ids are UUIDv7 made by whoever creates the record, so offline devices create freely. */
export const Id = z.uuid({ version: 'v7', message: 'must be a UUIDv7 id' });
export type Id = z.infer<typeof Id>;

/** Any UUID (path parameters: a malformed id is a 400, a well-formed unknown one a 404). */
export const AnyId = z.uuid({ message: 'must be a UUID' });

export const IsoDate = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
export const IsoDateTime = z.iso.datetime({ message: 'must be an ISO-8601 UTC timestamp' });

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
