import { safeString } from '@mentora/core';
import { z } from 'zod';

export const IdParams = z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) });
export const Paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
/** A search term goes through the core text rule too: a NUL would be a 500 on PostgreSQL. */
export const Search = safeString('name').trim().max(100).optional();
