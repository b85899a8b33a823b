import type { Visibility } from '../policy/content';
import type { InstrumentDefinition, ItemType, Translations } from './instrument-types';

// Zod-free on purpose (ADR 0018): the records a device holds for the observation cycle (issue 8,
// points 3 and 4) and the cycle's stage, which the web app computes offline and the server answers.
// The command schemas are in observation.ts.

interface Synced {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** Who a content record belongs to (core policy/content.ts `ContentMeta`, minus kind and path). */
export interface ContentFields {
  programId: string;
  groupId: string | null;
  /** The observed teacher. */
  ownerPersonId: string;
  /** The observer. */
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
}

/** An observation instrument of a program (program configuration, not content): its name. */
export interface Instrument extends Synced {
  programId: string;
  name: Translations;
}

/**
 * One version of an instrument. A draft (`publishedAt` null) is edited by the program's admins; a
 * published version may be chosen for an observation; once an observation has responded to it
 * (`frozenAt` set) its definition never changes again, so an observation always shows the version it used.
 */
export interface InstrumentVersion extends Synced {
  instrumentId: string;
  programId: string;
  /** 1, 2, 3 … within the instrument. */
  number: number;
  definition: InstrumentDefinition;
  publishedAt: string | null;
  frozenAt: string | null;
}

/** Who observes whom: a mentor a mentee, a mentee their mentor (Kosovo: invited to the mentor's lesson), or peers. */
export const OBSERVATION_DIRECTIONS = ['mentor_to_mentee', 'mentee_to_mentor', 'peer'] as const;
export type ObservationDirection = (typeof OBSERVATION_DIRECTIONS)[number];

/** Where a cycle stands, in order; `cancelled` ends it at any point before the post-observation conference. */
export const OBSERVATION_STATUSES = [
  'scheduled',
  'pre_conference_done',
  'observed',
  'post_conference_done',
  'cancelled',
] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/**
 * One observation cycle's metadata: who observes whom, when, with which instrument version, and
 * where it stands. Officials in scope may know this (that it took place, when, status) — never the content.
 */
export interface Observation extends Synced {
  programId: string;
  groupId: string;
  observerPersonId: string;
  observedPersonId: string;
  direction: ObservationDirection;
  /** Set by the server; null only on a device that scheduled offline before the server answered. */
  instrumentVersionId: string | null;
  /** ISO-8601 UTC timestamp. */
  scheduledFor: string;
  status: ObservationStatus;
  observedAt: string | null;
}

/** A next step agreed at the post-observation conference; `actionId`: the action it became in the teacher's plan. */
export interface NextStep {
  title: string;
  /** YYYY-MM-DD or null. */
  dueDate: string | null;
  actionId: string | null;
}

/** The content of one cycle (its id is the observation's id): agreed focus, lesson context, reflections, next steps. */
export interface ObservationDetails extends Synced, ContentFields {
  focusItemKeys: string[];
  focusNeedIds: string[];
  subject: string | null;
  grade: string | null;
  topic: string | null;
  classSize: number | null;
  selfReflection: string | null;
  selfReflectedAt: string | null;
  observerReflection: string | null;
  observerReflectedAt: string | null;
  nextSteps: NextStep[];
}

/** The observer's answer to one item of the version the observation uses (one row per item). */
export interface ObservationResponse extends Synced, ContentFields {
  observationId: string;
  itemKey: string;
  itemType: ItemType;
  value: unknown;
  comment: string | null;
}

/** A time-stamped note taken during the lesson. */
export interface ObservationNote extends Synced, ContentFields {
  observationId: string;
  /** ISO-8601 UTC timestamp: when in the lesson. */
  at: string;
  text: string;
}

/** What is due next in a cycle (null: nothing, it is complete or cancelled). */
export type DueNext = 'agree_focus' | 'observe' | 'self_reflect' | 'observer_reflect' | 'agree_next_steps' | null;

/** Where one cycle stands: its status, what is due next and who does it (`both`: the pair together). */
export interface CycleStage {
  stage: ObservationStatus;
  dueNext: DueNext;
  who: 'observer' | 'observed' | 'both' | null;
  /** The person ids of `who` (both for `both`), so a screen asks "is it me?" directly. */
  personIds: string[];
}

/**
 * Where a cycle stands and what is due next, for both people (issue 8, point 4: schedule →
 * pre-observation conference → observation → post-observation conference with "the teacher's
 * self-reflection first, then the observer's, then agreed next steps"). Pure: the web app computes it
 * from its local store offline, the server from its rows; `details` may be missing on a device.
 */
export function cycleStage(
  o: Pick<Observation, 'status' | 'observerPersonId' | 'observedPersonId'>,
  details: Pick<ObservationDetails, 'selfReflection' | 'observerReflection'> | null | undefined,
): CycleStage {
  const at = (dueNext: DueNext, who: CycleStage['who']): CycleStage => ({
    stage: o.status,
    dueNext,
    who,
    personIds:
      who === 'observer'
        ? [o.observerPersonId]
        : who === 'observed'
          ? [o.observedPersonId]
          : who === 'both'
            ? [o.observerPersonId, o.observedPersonId]
            : [],
  });
  switch (o.status) {
    case 'scheduled':
      return at('agree_focus', 'both');
    case 'pre_conference_done':
      return at('observe', 'observer');
    case 'observed':
      if (!details?.selfReflection) return at('self_reflect', 'observed');
      if (!details.observerReflection) return at('observer_reflect', 'observer');
      return at('agree_next_steps', 'both');
    case 'post_conference_done':
    case 'cancelled':
      return at(null, null);
  }
}
