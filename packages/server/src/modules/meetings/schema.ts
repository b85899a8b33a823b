import type { Selectable } from 'kysely';
import type { ContentColumns } from '../../content/schema';
import type { SyncColumns } from '../../db/schema';

/** A meeting's metadata (migration 0009). */
export interface MeetingsTable extends SyncColumns {
  programId: string;
  groupId: string;
  kind: string;
  title: string;
  scheduledFor: string;
  durationMinutes: number;
  endsOn: string | null;
  status: string;
  heldAt: string | null;
  createdByPersonId: string;
  menteePersonId: string | null;
}

/** One person's attendance at a meeting: `present` 0/1, `hours` contact hours (decimal). */
export interface MeetingAttendanceTable extends SyncColumns {
  meetingId: string;
  /** The meeting's group, copied so a device's scope is one indexed column. */
  groupId: string;
  personId: string;
  present: number;
  hours: number;
}

/** One person on one day of a meeting (migration 0012): local `HH:MM` arrival/leaving, the day's hours. */
export interface MeetingDayAttendanceTable extends SyncColumns {
  meetingId: string;
  groupId: string;
  personId: string;
  day: string;
  present: number;
  arrivedAt: string | null;
  leftAt: string | null;
  hours: number;
}

export interface MeetingNotesTable extends ContentColumns {
  meetingId: string;
  agenda: string | null;
  notes: string | null;
  outcomes: string | null;
  /** JSON array of goal ids (the plans area's goals). */
  goalIds: string;
}

export interface MeetingArtefactsTable extends ContentColumns {
  meetingId: string | null;
  goalId: string | null;
  kind: string;
  title: string;
  url: string | null;
  uploadId: string | null;
}

export type MeetingRow = Selectable<MeetingsTable>;
export type AttendanceRow = Selectable<MeetingAttendanceTable>;
export type DayAttendanceRow = Selectable<MeetingDayAttendanceTable>;
export type NotesRow = Selectable<MeetingNotesTable>;
export type ArtefactRow = Selectable<MeetingArtefactsTable>;

declare module '../../db/schema' {
  interface Database {
    meetings: MeetingsTable;
    meetingAttendance: MeetingAttendanceTable;
    meetingDayAttendance: MeetingDayAttendanceTable;
    meetingNotes: MeetingNotesTable;
    meetingArtefacts: MeetingArtefactsTable;
  }
}
