import { FEEDBACK_THRESHOLD, feedbackClosesAfter } from '@mentora/core/policy';
import type { Meeting } from '@mentora/core/types';
import { api } from '../../app/api';
import type { LocalDb } from '../../store/db';

/** The aggregate answers of the server (core areas/feedback.ts): never a single rating. */
export type Distribution = Record<1 | 2 | 3 | 4 | 5, number>;
export interface MeetingFeedback {
  meetingId: string;
  threshold: number;
  shown: boolean;
  count: number | null;
  mean: number | null;
  distribution: Distribution | null;
  comments: string[];
}
export interface GroupFeedback {
  groupId: string;
  groupName: string;
  mentorNames: string[];
  meetings: number;
  count: number;
  mean: number | null;
  distribution: Distribution;
}

export const RATINGS = [5, 4, 3, 2, 1] as const;
export { FEEDBACK_THRESHOLD };

/** A held meeting this person was recorded present at, with whether this device says they have rated. */
export interface RateableMeeting {
  meeting: Meeting;
  rated: boolean;
  /** Past FEEDBACK_WINDOW_DAYS after its last day: no more ratings. */
  closed: boolean;
}

/** This person's held meetings attended (newest first) from the phone, for the teacher's feedback list. */
export async function localRateable(db: LocalDb, personId: string, today: string): Promise<RateableMeeting[]> {
  const attended = await db.rows('meetingAttendance').where('personId').equals(personId).toArray();
  const ids = attended.filter((a) => a.present && !a.deletedAt).map((a) => a.meetingId);
  const meetings = (await db.rows('meetings').bulkGet(ids)).filter(
    (m): m is Meeting => !!m && m.status === 'held' && !m.deletedAt,
  );
  const given = await db.rows('feedbackGiven').where('meetingId').anyOf(ids).toArray();
  return meetings
    .sort((a, b) => b.scheduledFor.localeCompare(a.scheduledFor))
    .map((meeting) => ({
      meeting,
      rated: given.some((g) => g.meetingId === meeting.id && !g.deletedAt),
      closed: feedbackClosesAfter(meeting) < today,
    }));
}

/** One meeting as the give-feedback screen needs it, or undefined when it is not on this phone. */
export async function localRateableMeeting(
  db: LocalDb,
  personId: string,
  meetingId: string,
  today: string,
): Promise<RateableMeeting | null | undefined> {
  const meeting = await db.rows('meetings').get(meetingId);
  if (!meeting) return undefined;
  return (await localRateable(db, personId, today)).find((r) => r.meeting.id === meetingId) ?? null;
}

export const loadMeetingFeedback = (meetingId: string) =>
  api.get<MeetingFeedback>(`/api/meetings/${meetingId}/feedback`);
export const loadProgramFeedback = (programId: string) =>
  api.get<{ programId: string; threshold: number; groups: GroupFeedback[] }>(`/api/programs/${programId}/feedback`);
