import { z } from 'zod';
import { ReflectionLinkTypeSchema, ReflectionVisibility } from './reflection';

// The answers of the reflections routes, apart from the command schemas so the web's lazy input
// check (which holds every command schema) does not carry them.

const obj = z.looseObject;
const sync = { createdAt: z.string(), updatedAt: z.string(), deletedAt: z.string().nullable(), version: z.number() };

export const ReflectionOut = obj({
  id: z.string(),
  programId: z.string(),
  groupId: z.string().nullable(),
  ownerPersonId: z.string(),
  partnerPersonId: z.string().nullable(),
  authorPersonId: z.string(),
  visibility: ReflectionVisibility,
  promptSetKey: z.string(),
  answers: z.record(z.string(), z.string()),
  linkedType: ReflectionLinkTypeSchema.nullable(),
  linkedId: z.string().nullable(),
  entryDate: z.string(),
  ...sync,
}).meta({ id: 'Reflection' });

export const ContentShareOut = obj({
  id: z.string(),
  programId: z.string(),
  tableName: z.string(),
  recordId: z.string(),
  personId: z.string(),
  grantedByPersonId: z.string(),
  revokedAt: z.string().nullable(),
  ...sync,
}).meta({ id: 'ContentShare' });

/** A person's portfolio as the asker may read it: newest first, each with its linked item's title if known. */
export const PortfolioOut = obj({
  personId: z.string(),
  items: z.array(
    obj({
      reflection: ReflectionOut,
      linkedTitle: z.string().nullable(),
      authorName: z.string(),
      may: obj({ update: z.boolean(), share: z.boolean() }),
    }),
  ),
});

/** One reflection as its reader sees it: with the shares its author gave (the author only) and what they may do. */
export const ReflectionDetailOut = obj({
  reflection: ReflectionOut,
  shares: z.array(ContentShareOut),
  may: obj({ update: z.boolean(), delete: z.boolean(), share: z.boolean() }),
});
