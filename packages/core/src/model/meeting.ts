import { z } from 'zod';
import type { Visibility } from '../policy/content';
import { AnyId, Code, FreeText, Id, PastDateTime, PlannedDateTime, Text } from './common';

/**
 * ARCHITECTURE §2 "Meeting": a mentor's meeting with the whole group, or a one-to-one with one
 * mentee. `cluster_meeting` (PTMP, possibly several days) arrives with issue 9: the table already
 * has `endsOn` for a meeting that spans days.
 */
export const MeetingKind = z.enum(['group_meeting', 'one_to_one']);
export type MeetingKind = z.infer<typeof MeetingKind>;
export const MeetingStatus = z.enum(['scheduled', 'held', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export const ArtefactKind = z.enum(['test', 'lesson_plan', 'link', 'file']);
export type ArtefactKind = z.infer<typeof ArtefactKind>;

/** Longest meeting a mentor records in one go: a school day (minutes). */
export const MAX_MEETING_MINUTES = 24 * 60;

const Minutes = z.number().int().min(5, 'must be at least 5 minutes').max(MAX_MEETING_MINUTES);
/** Contact hours of one person at one meeting: a decimal 0–24 (never more than the meeting lasted). */
export const ContactHours = z.number().min(0, 'must not be negative').max(24, 'must be at most 24 hours');
/** A goal of the teacher's action plan (the plans area's `goals.id`), kept as plain text here. */
const GoalId = Code(64);

/** A meeting as scheduled in a group (the REST body; the group comes from the path). */
export const ScheduleMeetingFields = z.strictObject({
  id: Id.optional(),
  kind: MeetingKind,
  title: Text(200),
  scheduledFor: PlannedDateTime,
  durationMinutes: Minutes,
  /** One-to-one only: the mentee met; the mentor is whoever schedules it. */
  menteePersonId: AnyId.nullable().default(null),
});
export const ScheduleMeeting = ScheduleMeetingFields.extend({ groupId: AnyId }).refine(
  (m) => (m.kind === 'one_to_one') === (m.menteePersonId !== null),
  { message: 'a one-to-one names its mentee; a group meeting does not', path: ['menteePersonId'] },
);
export type ScheduleMeeting = z.infer<typeof ScheduleMeeting>;

export const UpdateMeeting = z.strictObject({
  id: AnyId,
  title: Text(200).optional(),
  scheduledFor: PlannedDateTime.optional(),
  durationMinutes: Minutes.optional(),
});
export type UpdateMeeting = z.infer<typeof UpdateMeeting>;

export const CancelMeeting = z.strictObject({ id: AnyId });
export const MarkMeetingHeld = z.strictObject({ id: AnyId, heldAt: PastDateTime.optional() });

export const AttendanceEntry = z.strictObject({ personId: AnyId, present: z.boolean(), hours: ContactHours });
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;
const Entries = z
  .array(AttendanceEntry)
  .min(1)
  .max(100)
  .refine((es) => new Set(es.map((e) => e.personId)).size === es.length, { message: 'one entry per person' });
/** The REST body: the meeting comes from the path. */
export const AttendanceBody = z.strictObject({ entries: Entries });
/** `id`: the meeting. */
export const RecordAttendance = AttendanceBody.extend({ id: AnyId });
export type RecordAttendance = z.infer<typeof RecordAttendance>;

const Note = FreeText(20_000).nullable().optional();
export const WriteMeetingNotes = z.strictObject({
  /** The meeting: its notes record has the same id (one notes record per meeting). */
  id: AnyId,
  agenda: Note,
  notes: Note,
  outcomes: Note,
  goalIds: z.array(GoalId).max(50).optional(),
});
export type WriteMeetingNotes = z.infer<typeof WriteMeetingNotes>;

export const AttachArtefact = z
  .strictObject({
    id: Id.optional(),
    /** The meeting it came out of, or null for an artefact of a goal alone. */
    meetingId: AnyId.nullable().default(null),
    goalId: GoalId.nullable().default(null),
    /** Goal-only artefact: the group it was made in and the teacher whose goal it serves. */
    groupId: AnyId.nullable().default(null),
    ownerPersonId: AnyId.nullable().default(null),
    kind: ArtefactKind,
    title: Text(200),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
      .max(2000)
      .nullable()
      .default(null),
    uploadId: AnyId.nullable().default(null),
  })
  .refine((a) => a.meetingId !== null || (a.goalId !== null && a.groupId !== null && a.ownerPersonId !== null), {
    message: 'attach it to a meeting, or to a goal with its group and teacher',
    path: ['meetingId'],
  })
  .refine((a) => (a.url === null) !== (a.uploadId === null), {
    message: 'give either a link or an uploaded file',
    path: ['url'],
  })
  .refine((a) => (a.kind !== 'file' || a.uploadId !== null) && (a.kind !== 'link' || a.url !== null), {
    message: 'a file is an upload, a link is an address',
    path: ['kind'],
  });
export type AttachArtefact = z.infer<typeof AttachArtefact>;
export const RemoveArtefact = z.strictObject({ id: AnyId });

interface Sync {
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** Meeting metadata: that it took place, when, its status (officials in scope may read it). */
export interface Meeting extends Sync {
  id: string;
  programId: string;
  groupId: string;
  kind: MeetingKind;
  title: string;
  scheduledFor: string;
  durationMinutes: number;
  /** The last day of a meeting spanning several days (issue 9, cluster meetings); null: one day. */
  endsOn: string | null;
  status: MeetingStatus;
  heldAt: string | null;
  /** The mentor who scheduled it (for a one-to-one: the pair's mentor). */
  createdByPersonId: string;
  /** One-to-one only: the mentee. */
  menteePersonId: string | null;
}

/** One person's attendance at one meeting, with contact hours (metadata). */
export interface MeetingAttendance extends Sync {
  id: string;
  meetingId: string;
  groupId: string;
  personId: string;
  present: boolean;
  hours: number;
}

/** The standard content columns (ARCHITECTURE §3) on a device. */
interface ContentRecord extends Sync {
  id: string;
  programId: string;
  groupId: string | null;
  ownerPersonId: string;
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
}

/** A meeting's notes (content): one record per meeting, with the meeting's id. */
export interface MeetingNote extends ContentRecord {
  meetingId: string;
  agenda: string | null;
  notes: string | null;
  outcomes: string | null;
  goalIds: string[];
}

/** Joint work (a test prepared together, a lesson plan, a link or a file), of a meeting or a goal. */
export interface MeetingArtefact extends ContentRecord {
  meetingId: string | null;
  goalId: string | null;
  kind: ArtefactKind;
  title: string;
  url: string | null;
  uploadId: string | null;
}
