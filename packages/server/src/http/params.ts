import { z } from 'zod';

export const IdParams = z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) });
export const Paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
export const Search = z.string().trim().max(100).optional();
