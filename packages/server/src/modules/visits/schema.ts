import type { Selectable } from 'kysely';
import type { ContentColumns } from '../../content/schema';
import type { SyncColumns } from '../../db/schema';

/** A follow-up visit's metadata (migration 0013); the id lists are JSON text on both engines. */
export interface VisitsTable extends SyncColumns {
  programId: string;
  groupId: string;
  schoolUnitId: string;
  mentorPersonId: string;
  plannedFor: string;
  status: string;
  doneAt: string | null;
  concernIds: string;
  teacherPersonIds: string;
  observationId: string | null;
  acknowledgedAt: string | null;
  acknowledgedByPersonId: string | null;
}

/** The support given at a visit (content, kind `visit_note`), id = the visit's. */
export interface VisitNotesTable extends ContentColumns {
  visitId: string;
  supportGiven: string;
}

/** The head teacher's acknowledgement of a visit, id = the visit's. */
export interface VisitAcknowledgementsTable extends SyncColumns {
  visitId: string;
  programId: string;
  groupId: string;
  schoolUnitId: string;
  headPersonId: string;
  comment: string | null;
  acknowledgedAt: string;
}

export type VisitRow = Selectable<VisitsTable>;
export type VisitNoteRow = Selectable<VisitNotesTable>;
export type VisitAckRow = Selectable<VisitAcknowledgementsTable>;

declare module '../../db/schema' {
  interface Database {
    visits: VisitsTable;
    visitNotes: VisitNotesTable;
    visitAcknowledgements: VisitAcknowledgementsTable;
  }
}
