import { z } from 'zod';
import { VISIBILITIES, type Visibility } from '../policy/content';
import { AnyId, Code, FreeText, Id, PastDate } from './common';
import { PORTFOLIO_PROMPT_SET_KEYS, REFLECTION_LINK_TYPES, type ReflectionLinkType } from './portfolio-keys';

export const ReflectionVisibility = z.enum(VISIBILITIES);
export const ReflectionLinkTypeSchema = z.enum(REFLECTION_LINK_TYPES);
export const PromptSetKey = z.enum(PORTFOLIO_PROMPT_SET_KEYS);

/** Longest answer to one prompt, in characters: a page of writing. */
export const MAX_ANSWER_CHARS = 4000;
const PromptKey = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a prompt key');

/**
 * The answers of an entry, keyed by prompt key (`{ describe: '…', plan: '…' }`): at least one, each
 * 1..4000 characters of free text. Which keys are allowed depends on the prompt set (server checks).
 */
export const ReflectionAnswers = z
  .record(PromptKey, FreeText(MAX_ANSWER_CHARS))
  .refine((a) => Object.keys(a).length > 0, { message: 'answer at least one prompt' })
  .refine((a) => Object.keys(a).length <= 12, { message: 'at most 12 answers' });

const link = {
  linkedType: ReflectionLinkTypeSchema.nullable().default(null),
  linkedId: AnyId.nullable().default(null),
};
const linkBoth = (r: { linkedType?: string | null; linkedId?: string | null }) =>
  (r.linkedType ?? null) === null ? (r.linkedId ?? null) === null : (r.linkedId ?? null) !== null;
const linkMessage = { message: 'linkedType and linkedId go together', path: ['linkedId'] };

/**
 * `reflection.write`: a portfolio entry by its author (the writer is its owner and author; the
 * server refuses anyone else). Private (`author`) unless chosen otherwise — issue 8, point 7: "A
 * reflection is readable by its author alone until shared". `partnerPersonId` + `groupId`: written
 * for the pair (the mentor or mentee of that group).
 */
export const WriteReflection = z
  .strictObject({
    id: Id.optional(),
    programId: AnyId,
    authorPersonId: AnyId,
    groupId: AnyId.nullable().default(null),
    partnerPersonId: AnyId.nullable().default(null),
    promptSetKey: PromptSetKey.optional(),
    answers: ReflectionAnswers,
    ...link,
    entryDate: PastDate,
    visibility: ReflectionVisibility.default('author'),
  })
  .refine(linkBoth, linkMessage)
  .refine((r) => r.partnerPersonId === null || r.groupId !== null, {
    message: 'a reflection for a pair names its group',
    path: ['groupId'],
  })
  .refine((r) => r.visibility !== 'group' || r.groupId !== null, {
    message: 'only a reflection made in a group can be shown to it',
    path: ['visibility'],
  });
export type WriteReflection = z.infer<typeof WriteReflection>;

/** The fields `reflection.update` changes (the REST body: the id is in the path). */
export const UpdateReflectionFields = z.strictObject({
  answers: ReflectionAnswers.optional(),
  entryDate: PastDate.optional(),
  linkedType: ReflectionLinkTypeSchema.nullable().optional(),
  linkedId: AnyId.nullable().optional(),
});
/** `reflection.update`: new answers (all of them: the object replaces the old), date or link. */
export const UpdateReflection = UpdateReflectionFields.extend({ id: AnyId }).refine(
  (r) => (r.linkedType === undefined) === (r.linkedId === undefined) && linkBoth(r),
  linkMessage,
);
export type UpdateReflection = z.infer<typeof UpdateReflection>;

/** `reflection.setVisibility`: its author alone, the pair, or the whole group (only one made in a group). */
export const SetReflectionVisibility = z.strictObject({ id: AnyId, visibility: ReflectionVisibility });
export const VisibilityBody = SetReflectionVisibility.omit({ id: true });

/**
 * `content.share`: the author gives one named person read access to one content record (ARCHITECTURE
 * §3: "recorded as consent, revocable, audited"). `table`: the content table's sync name
 * (`reflections`, `needs`, …), one the areas declare.
 */
export const ShareContent = z.strictObject({
  id: Id.optional(),
  table: Code(40).regex(/^[a-zA-Z]+$/, 'must be a content table name'),
  recordId: AnyId,
  personId: AnyId,
});
export type ShareContent = z.infer<typeof ShareContent>;
/** `content.unshare`: revokes a share (by the share's id); the person's device loses the record. */
export const UnshareContent = z.strictObject({ id: AnyId });

/** A portfolio entry as a device stores it (sync table `reflections`). */
export interface Reflection {
  id: string;
  programId: string;
  groupId: string | null;
  ownerPersonId: string;
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
  promptSetKey: string;
  answers: Record<string, string>;
  linkedType: ReflectionLinkType | null;
  linkedId: string | null;
  entryDate: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** A share its author gave (sync table `contentShares`, on the author's devices only). */
export interface ContentShare {
  id: string;
  programId: string;
  tableName: string;
  recordId: string;
  personId: string;
  grantedByPersonId: string;
  revokedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}
