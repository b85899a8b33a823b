import type { Selectable } from 'kysely';
import type { ContentColumns } from '../../content/schema';
import type { SyncColumns } from '../../db/schema';

/** A concern's metadata (migration 0011): names no person. Booleans are 0/1. */
export interface ConcernsTable extends SyncColumns {
  programId: string;
  groupId: string;
  category: string;
  subject: string | null;
  grade: string | null;
  state: string;
  meetingId: string | null;
  agendaPosition: number | null;
  mergedIntoId: string | null;
  sharedWithCluster: number;
  showRaiserName: number;
  raisedAt: string;
  discussedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  followUpSchoolUnitId: string | null;
  followUpBy: string | null;
  followedUpAt: string | null;
  followedUpVisitId: string | null;
  reopenedCount: number;
  resolutionDays: number | null;
  /** The version at which the raiser last showed it to fewer people (unshared, name hidden): resets the cluster's devices. */
  withdrawnVersion: number | null;
}

/** Who raised a concern; a merge copies the raisers of the concern merged away. */
export interface ConcernRaisersTable extends SyncColumns {
  concernId: string;
  groupId: string;
  personId: string;
  /** This raiser chose to show their name to the cluster (0/1); it still needs the concern shared. */
  showName: number;
  raisedAt: string;
  /**
   * 1: copied here by a merge from the concern this person raised. They follow this concern's
   * state but are not its raiser: they do not read its text, edit or share it (probe of issue 9).
   */
  viaMerge: number;
}

/** One state change of a concern: who made it, when. */
export interface ConcernTransitionsTable extends SyncColumns {
  concernId: string;
  groupId: string;
  fromState: string | null;
  toState: string;
  byPersonId: string;
  at: string;
}

/** A concern's text (content): one per concern, with the concern's id. */
export interface ConcernDetailsTable extends ContentColumns {
  concernId: string;
  description: string;
  resolution: string | null;
}

export type ConcernRow = Selectable<ConcernsTable>;
export type ConcernRaiserRow = Selectable<ConcernRaisersTable>;
export type ConcernTransitionRow = Selectable<ConcernTransitionsTable>;
export type ConcernDetailRow = Selectable<ConcernDetailsTable>;

declare module '../../db/schema' {
  interface Database {
    concerns: ConcernsTable;
    concernRaisers: ConcernRaisersTable;
    concernTransitions: ConcernTransitionsTable;
    concernDetails: ConcernDetailsTable;
  }
}
