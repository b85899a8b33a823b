import type { Selectable } from 'kysely';
import type { ContentColumns } from '../../content/schema';
import type { SyncColumns } from '../../db/schema';

/** An observation instrument of a program (migration 0008); `name`: JSON `Translations`. */
export interface InstrumentsTable extends SyncColumns {
  programId: string;
  name: string;
}

/** One version of an instrument; `definition`: JSON `InstrumentDefinition`. */
export interface InstrumentVersionsTable extends SyncColumns {
  instrumentId: string;
  programId: string;
  number: number;
  definition: string;
  publishedAt: string | null;
  frozenAt: string | null;
}

/** An observation cycle's metadata (officials may know it took place, when, and its status). */
export interface ObservationsTable extends SyncColumns {
  programId: string;
  groupId: string;
  observerPersonId: string;
  observedPersonId: string;
  direction: string;
  instrumentVersionId: string;
  scheduledFor: string;
  status: string;
  observedAt: string | null;
}

/** A cycle's content, one row per observation (same id); the JSON columns are text on both engines. */
export interface ObservationDetailsTable extends ContentColumns {
  focusItemKeys: string;
  focusNeedIds: string;
  subject: string | null;
  grade: string | null;
  topic: string | null;
  classSize: number | null;
  selfReflection: string | null;
  selfReflectedAt: string | null;
  observerReflection: string | null;
  observerReflectedAt: string | null;
  nextSteps: string;
}

export interface ObservationResponsesTable extends ContentColumns {
  observationId: string;
  itemKey: string;
  itemType: string;
  /** JSON of the value `checkResponse` returned. */
  value: string;
  comment: string | null;
}

export interface ObservationNotesTable extends ContentColumns {
  observationId: string;
  at: string;
  text: string;
}

export type InstrumentRow = Selectable<InstrumentsTable>;
export type InstrumentVersionRow = Selectable<InstrumentVersionsTable>;
export type ObservationRow = Selectable<ObservationsTable>;
export type ObservationDetailsRow = Selectable<ObservationDetailsTable>;
export type ObservationResponseRow = Selectable<ObservationResponsesTable>;
export type ObservationNoteRow = Selectable<ObservationNotesTable>;

declare module '../../db/schema' {
  interface Database {
    instruments: InstrumentsTable;
    instrumentVersions: InstrumentVersionsTable;
    observations: ObservationsTable;
    observationDetails: ObservationDetailsTable;
    observationResponses: ObservationResponsesTable;
    observationNotes: ObservationNotesTable;
  }
}
