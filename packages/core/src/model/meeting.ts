import { z } from 'zod';
import type { Visibility } from '../policy/content';
import {
  AnyId,
  Code,
  FreeText,
  Id,
  PastDate,
  PastDateTime,
  PlannedDate,
  PlannedDateTime,
  safeString,
  Text,
} from './common';

/**
 * ARCHITECTURE §2 "Meeting": a mentor's meeting with the whole group, or a one-to-one with one
 * mentee. A `cluster_meeting` (PTMP, issue 9) is the whole-group meeting of a cluster group, often
 * over several days (`endsOn`: the last day); a cluster group has no `group_meeting`.
 */
export const MeetingKind = z.enum(['group_meeting', 'one_to_one', 'cluster_meeting']);
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
  /** Cluster meeting over several days only: the last day (local date); null: one day. */
  endsOn: PlannedDate.nullable().default(null),
});

/** Longest span of one meeting (days): PTMP meets two days a month. */
export const MAX_MEETING_DAYS = 7;
const DAY_MS = 86_400_000;

/** `endsOn` is for cluster meetings, on or after the first day, at most MAX_MEETING_DAYS days in all. */
function endsOnFits(m: { kind?: MeetingKind; scheduledFor?: string; endsOn?: string | null }): boolean {
  if (!m.endsOn) return true;
  if (m.kind !== undefined && m.kind !== 'cluster_meeting') return false;
  if (!m.scheduledFor) return true;
  // The first day is checked loosely in UTC (±1 day for the zone); the server checks it exactly.
  const span = (Date.parse(`${m.endsOn}T00:00:00Z`) - Date.parse(`${m.scheduledFor.slice(0, 10)}T00:00:00Z`)) / DAY_MS;
  return span >= -1 && span <= MAX_MEETING_DAYS;
}
const endsOnRule = {
  message: `a cluster meeting ends on or after its first day, within ${MAX_MEETING_DAYS} days`,
  path: ['endsOn'],
};

export const ScheduleMeeting = ScheduleMeetingFields.extend({ groupId: AnyId })
  .refine((m) => (m.kind === 'one_to_one') === (m.menteePersonId !== null), {
    message: 'a one-to-one names its mentee; a group meeting does not',
    path: ['menteePersonId'],
  })
  .refine(endsOnFits, endsOnRule);
export type ScheduleMeeting = z.infer<typeof ScheduleMeeting>;

export const UpdateMeeting = z.strictObject({
  id: AnyId,
  title: Text(200).optional(),
  scheduledFor: PlannedDateTime.optional(),
  durationMinutes: Minutes.optional(),
  /** Cluster meetings only; null makes it a one-day meeting. */
  endsOn: PlannedDate.nullable().optional(),
});
export type UpdateMeeting = z.infer<typeof UpdateMeeting>;

/** One cluster meeting of a proposed year (the calendar screen's "accept"). */
export const PlannedClusterMeeting = z
  .strictObject({
    id: Id.optional(),
    title: Text(200),
    scheduledFor: PlannedDateTime,
    durationMinutes: Minutes,
    endsOn: PlannedDate.nullable().default(null),
  })
  .refine((m) => endsOnFits({ ...m, kind: 'cluster_meeting' }), endsOnRule);
/** The REST body: the group comes from the path. At most two years of monthly meetings at once. */
export const ScheduleClusterMeetingsBody = z.strictObject({ meetings: z.array(PlannedClusterMeeting).min(1).max(24) });
/** Schedules many cluster meetings of one cluster group (`id`: the group) in one command, all or none. */
export const ScheduleClusterMeetings = ScheduleClusterMeetingsBody.extend({ id: AnyId });
export type ScheduleClusterMeetings = z.infer<typeof ScheduleClusterMeetings>;

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

const Hhmm = safeString('name').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');
/** One person on one day: present or not; a late arrival or early leave (local `HH:MM`) cuts the hours. */
export const DayAttendanceEntry = z
  .strictObject({
    personId: AnyId,
    present: z.boolean(),
    arrivedAt: Hhmm.nullable().default(null),
    leftAt: Hhmm.nullable().default(null),
  })
  .refine((e) => e.present || (e.arrivedAt === null && e.leftAt === null), {
    message: 'someone absent has no arrival or leaving time',
    path: ['arrivedAt'],
  })
  .refine((e) => !e.arrivedAt || !e.leftAt || e.arrivedAt < e.leftAt, {
    message: 'arrives before leaving',
    path: ['leftAt'],
  });
export type DayAttendanceEntry = z.infer<typeof DayAttendanceEntry>;
/** The REST body: one day of a meeting, the whole list saved at once (a cluster: up to 40 and more). */
export const DayAttendanceBody = z.strictObject({
  day: PastDate,
  entries: z
    .array(DayAttendanceEntry)
    .min(1)
    .max(100)
    .refine((es) => new Set(es.map((e) => e.personId)).size === es.length, { message: 'one entry per person' }),
});
/** `id`: the meeting; the hours of each day come from the meeting's start and duration. */
export const RecordDayAttendance = DayAttendanceBody.extend({ id: AnyId });
export type RecordDayAttendance = z.infer<typeof RecordDayAttendance>;

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

/**
 * One person's attendance on one day of a meeting (metadata). The meeting's `MeetingAttendance`
 * row of that person holds the sum over the days (present: on any day).
 */
export interface MeetingDayAttendance extends Sync {
  id: string;
  meetingId: string;
  groupId: string;
  personId: string;
  /** Local date of the day. */
  day: string;
  present: boolean;
  arrivedAt: string | null;
  leftAt: string | null;
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
