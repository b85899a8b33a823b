import { z } from 'zod';
import { AnyId, FreeText, Id, PastDateTime, PlannedDate, PlannedDateTime, Text } from './common';
import { InstrumentDefinition, InstrumentKey, INSTRUMENT_LIMITS as L, Translations } from './instrument';
import type * as T from './observation-types';
import { OBSERVATION_DIRECTIONS, OBSERVATION_STATUSES } from './observation-types';

// The zod side of instruments and observations (issue 8, points 3 and 4): command inputs and the
// REST answers. Record types and the cycle's stage are zod-free in observation-types.ts.
export * from './observation-types';

export const ObservationDirection = z.enum(OBSERVATION_DIRECTIONS);
export type ObservationDirection = T.ObservationDirection;
export const ObservationStatus = z.enum(OBSERVATION_STATUSES);
export type ObservationStatus = T.ObservationStatus;

/** A new instrument with version 1 as a draft; `definition` defaults to the default lesson-observation instrument. */
export const CreateInstrument = z.strictObject({
  id: Id.optional(),
  programId: AnyId,
  name: Translations,
  definition: InstrumentDefinition.optional(),
});
/** Replaces a version's definition while no observation has used it (`id`: the version). */
export const SaveInstrumentDraft = z.strictObject({ id: AnyId, definition: InstrumentDefinition });
/** Makes a version choosable for observations (`id`: the version). */
export const PublishInstrument = z.strictObject({ id: AnyId });
/** A new draft version copying the instrument's latest one (`instrumentId`); `id`: the new version's id. */
export const NewInstrumentVersion = z.strictObject({ id: Id.optional(), instrumentId: AnyId });

/**
 * Schedules a cycle in a group: `instrumentVersionId` defaults to the latest published version of
 * the program's default instrument. `scheduledFor`: ISO-8601 UTC timestamp of the lesson.
 */
export const ScheduleObservation = z.strictObject({
  id: Id.optional(),
  groupId: AnyId,
  observerPersonId: AnyId,
  observedPersonId: AnyId,
  direction: ObservationDirection,
  instrumentVersionId: AnyId.optional(),
  scheduledFor: PlannedDateTime,
});
export type ScheduleObservation = z.infer<typeof ScheduleObservation>;

/** Pre-observation conference: the items the observation will focus on, optionally from the teacher's open needs. */
export const AgreeFocus = z.strictObject({
  id: AnyId,
  focusItemKeys: z.array(InstrumentKey).min(1).max(L.items),
  focusNeedIds: z.array(AnyId).max(50).default([]),
});

/** The lesson's context; the first record marks the lesson observed (`observedAt`, default now). */
export const RecordObservation = z.strictObject({
  id: AnyId,
  subject: Text(100).nullable().optional(),
  grade: Text(40).nullable().optional(),
  topic: Text(200).nullable().optional(),
  classSize: z.number().int().min(1).max(L.studentsMax).nullable().optional(),
  observedAt: PastDateTime.optional(),
});

/** One item's answer; `value` is checked against the observation's instrument version (`checkResponse`). */
export const RespondToItem = z.strictObject({
  id: Id.optional(),
  observationId: AnyId,
  itemKey: InstrumentKey,
  value: z.unknown().refine((v) => v !== undefined && v !== null, 'a value is required'),
  comment: FreeText(2000).nullable().optional(),
});

/** A time-stamped note (`at`: ISO-8601 UTC, default now). */
export const AddObservationNote = z.strictObject({
  id: Id.optional(),
  observationId: AnyId,
  at: PastDateTime.optional(),
  text: FreeText(2000),
});

/** The observed teacher's self-reflection: first at the post-observation conference. */
export const SelfReflect = z.strictObject({ id: AnyId, selfReflection: FreeText(4000) });
/** The observer's reflection: only after the teacher's. */
export const ObserverReflect = z.strictObject({ id: AnyId, observerReflection: FreeText(4000) });

/** One agreed next step; `id`: the id of the action it becomes (made on the device, like any new record). */
export const NextStepInput = z.strictObject({ id: Id.optional(), title: Text(300), dueDate: PlannedDate });
/**
 * The next steps agreed at the post-observation conference; each becomes an action in the observed
 * teacher's plan (plans area: `actions`, with the observation it came from), due on its date.
 */
export const AgreeNextSteps = z.strictObject({ id: AnyId, nextSteps: z.array(NextStepInput).min(1).max(20) });
export const CancelObservation = z.strictObject({ id: AnyId });

// REST answers.
const sync = { id: z.string(), createdAt: z.string(), updatedAt: z.string(), deletedAt: z.string().nullable() };
const TranslationsOut = z.object({
  en: z.string(),
  ur: z.string().optional(),
  sq: z.string().optional(),
  sr: z.string().optional(),
});

export const InstrumentVersionOut = z.object({
  ...sync,
  version: z.number(),
  instrumentId: z.string(),
  programId: z.string(),
  number: z.number(),
  definition: z.unknown().describe('InstrumentDefinition: { sections: [{ key, title, items }] }'),
  publishedAt: z.string().nullable(),
  frozenAt: z.string().nullable(),
});
export const InstrumentOut = z.object({
  ...sync,
  version: z.number(),
  programId: z.string(),
  name: TranslationsOut,
});
export const InstrumentListItemOut = InstrumentOut.extend({
  versions: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      publishedAt: z.string().nullable(),
      frozenAt: z.string().nullable(),
    }),
  ),
});

export const ObservationOut = z.object({
  ...sync,
  version: z.number(),
  programId: z.string(),
  groupId: z.string(),
  observerPersonId: z.string(),
  observedPersonId: z.string(),
  direction: ObservationDirection,
  instrumentVersionId: z.string().nullable(),
  scheduledFor: z.string(),
  status: ObservationStatus,
  observedAt: z.string().nullable(),
});
export const CycleStageOut = z.object({
  stage: ObservationStatus,
  dueNext: z.enum(['agree_focus', 'observe', 'self_reflect', 'observer_reflect', 'agree_next_steps']).nullable(),
  who: z.enum(['observer', 'observed', 'both']).nullable(),
  personIds: z.array(z.string()),
});
const content = {
  programId: z.string(),
  groupId: z.string().nullable(),
  ownerPersonId: z.string(),
  partnerPersonId: z.string().nullable(),
  authorPersonId: z.string(),
  visibility: z.enum(['author', 'pair', 'group']),
};
export const ObservationDetailsOut = z.object({
  ...sync,
  version: z.number(),
  ...content,
  focusItemKeys: z.array(z.string()),
  focusNeedIds: z.array(z.string()),
  subject: z.string().nullable(),
  grade: z.string().nullable(),
  topic: z.string().nullable(),
  classSize: z.number().nullable(),
  selfReflection: z.string().nullable(),
  selfReflectedAt: z.string().nullable(),
  observerReflection: z.string().nullable(),
  observerReflectedAt: z.string().nullable(),
  nextSteps: z.array(z.object({ title: z.string(), dueDate: z.string().nullable(), actionId: z.string().nullable() })),
});
export const ObservationResponseOut = z.object({
  ...sync,
  version: z.number(),
  ...content,
  observationId: z.string(),
  itemKey: z.string(),
  itemType: z.string(),
  value: z.unknown(),
  comment: z.string().nullable(),
});
export const ObservationNoteOut = z.object({
  ...sync,
  version: z.number(),
  ...content,
  observationId: z.string(),
  at: z.string(),
  text: z.string(),
});

/**
 * `GET /api/observations/:id`: the metadata and the cycle's stage for everyone who may read it; the
 * content (`details`, `responses`, `notes`) only for the pair — an official gets `content: null`.
 */
export const ObservationViewOut = z.object({
  observation: ObservationOut,
  cycle: CycleStageOut,
  content: z
    .object({
      details: ObservationDetailsOut.nullable(),
      responses: z.array(ObservationResponseOut),
      notes: z.array(ObservationNoteOut),
    })
    .nullable(),
});
