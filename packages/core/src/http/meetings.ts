import { z } from 'zod';
import { ArtefactKind, MeetingKind, MeetingStatus } from '../model/meeting';
import { VISIBILITIES } from '../policy/content';
import type { Answer } from './responses';

// The meetings area's answers (see responses.ts for the conventions: loose objects).
const obj = z.looseObject;
const sync = { createdAt: z.string(), updatedAt: z.string(), deletedAt: z.string().nullable(), version: z.number() };
const content = {
  programId: z.string(),
  groupId: z.string().nullable(),
  ownerPersonId: z.string(),
  partnerPersonId: z.string().nullable(),
  authorPersonId: z.string(),
  visibility: z.enum(VISIBILITIES),
};

export const MeetingOut = obj({
  id: z.string(),
  programId: z.string(),
  groupId: z.string(),
  kind: MeetingKind,
  title: z.string(),
  scheduledFor: z.string(),
  durationMinutes: z.number(),
  endsOn: z.string().nullable(),
  status: MeetingStatus,
  heldAt: z.string().nullable(),
  createdByPersonId: z.string(),
  menteePersonId: z.string().nullable(),
  ...sync,
}).meta({ id: 'Meeting' });

export const AttendanceOut = obj({
  id: z.string(),
  meetingId: z.string(),
  groupId: z.string(),
  personId: z.string(),
  present: z.boolean(),
  hours: z.number(),
  ...sync,
}).meta({ id: 'MeetingAttendance' });

/** One person on one day of a meeting (issue 9): local arrival/leaving times and the day's hours. */
export const DayAttendanceOut = obj({
  id: z.string(),
  meetingId: z.string(),
  groupId: z.string(),
  personId: z.string(),
  day: z.string(),
  present: z.boolean(),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  hours: z.number(),
  ...sync,
}).meta({ id: 'MeetingDayAttendance' });

export const MeetingNoteOut = obj({
  id: z.string(),
  meetingId: z.string(),
  agenda: z.string().nullable(),
  notes: z.string().nullable(),
  outcomes: z.string().nullable(),
  goalIds: z.array(z.string()),
  ...content,
  ...sync,
}).meta({ id: 'MeetingNote' });

export const ArtefactOut = obj({
  id: z.string(),
  meetingId: z.string().nullable(),
  goalId: z.string().nullable(),
  kind: ArtefactKind,
  title: z.string(),
  url: z.string().nullable(),
  uploadId: z.string().nullable(),
  ...content,
  ...sync,
}).meta({ id: 'MeetingArtefact' });

/** A meeting in a group's list: metadata with its attendance count and contact hours. */
export const MeetingListItemOut = MeetingOut.extend({ presentCount: z.number(), contactHours: z.number() });

/** One meeting: metadata and attendance for all who may read it; notes and artefacts only for the group or pair. */
export const MeetingDetailOut = obj({
  meeting: MeetingOut,
  attendance: z.array(AttendanceOut.extend({ fullName: z.string() })),
  /** A cluster meeting's attendance day by day (empty for a meeting recorded as a whole). */
  dayAttendance: z.array(DayAttendanceOut),
  notes: MeetingNoteOut.nullable(),
  artefacts: z.array(ArtefactOut),
  may: obj({ update: z.boolean(), readContent: z.boolean() }),
});

/** A person's contact hours at held meetings between two days (inclusive). */
export const ContactHoursOut = obj({
  personId: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  hours: z.number(),
  meetings: z.number(),
});

/** What recording one day's attendance answers: that day's rows and each person's meeting total. */
export const DayAttendanceResultOut = obj({ days: z.array(DayAttendanceOut), totals: z.array(AttendanceOut) });

export type MeetingListItemResponse = Answer<typeof MeetingListItemOut>;
export type MeetingDetailResponse = Answer<typeof MeetingDetailOut>;
export type ContactHoursResponse = Answer<typeof ContactHoursOut>;
