import { isCurrentMember, type MeetingResource } from '@mentora/core/policy';
import type {
  Meeting,
  MeetingArtefact,
  MeetingDetailResponse,
  MeetingListItemResponse,
  MeetingNote,
  MemberRole,
} from '@mentora/core/types';
import { api } from '../../app/api';
import { today } from '../../app/format';
import type { LocalDb } from '../../store/db';

/** Reads of the local store for the meeting screens; each runs inside a live query. */

export type MeetingItem = MeetingListItemResponse;

/** Contact hours rounded as the server rounds them (hundredths). */
export const roundHours = (h: number) => Math.round(h * 100) / 100;

/** A group's meetings on this phone, newest first, with attendance counts; undefined when the group is not here. */
export async function localGroupMeetings(db: LocalDb, groupId: string): Promise<MeetingItem[] | undefined> {
  if (!(await db.rows('groups').get(groupId))) return undefined;
  const meetings = await db.rows('meetings').where('groupId').equals(groupId).toArray();
  const attendance = await db
    .rows('meetingAttendance')
    .where('meetingId')
    .anyOf(meetings.map((m) => m.id))
    .toArray();
  return meetings
    .sort((a, b) => b.scheduledFor.localeCompare(a.scheduledFor))
    .map((m) => {
      const present = attendance.filter((a) => a.meetingId === m.id && a.present);
      return {
        ...m,
        presentCount: present.length,
        contactHours: roundHours(present.reduce((s, a) => s + a.hours, 0)),
      };
    });
}

export const loadGroupMeetings = (groupId: string) =>
  api.get<{ items: MeetingItem[]; total: number }>(`/api/groups/${groupId}/meetings`).then((a) => a.items);

/** Someone who may attend: a current member of the meeting's group (or pair). */
export interface Attendee {
  personId: string;
  fullName: string | null;
  role: MemberRole | null;
}

/** A meeting as its screen shows it, from the phone or (officials) from the server. */
export interface MeetingShown {
  meeting: Meeting;
  attendance: { personId: string; fullName: string | null; present: boolean; hours: number }[];
  notes: MeetingNote | null;
  artefacts: MeetingArtefact[];
  /** Who may attend (phone only: the server's answer lists attendance alone). */
  attendees: Attendee[];
  /**
   * Goals the notes' outcomes may be linked to (phone only): the live goals this device holds of
   * the pair (one-to-one) or the group's current members, and any goal the notes already link.
   */
  goals: GoalChoice[];
  /** The server's answers (online reads); the phone asks the policy itself. */
  may?: MeetingDetailResponse['may'];
}

/** A one-to-one's pair: its mentor and mentee; empty for a group meeting (core policy/meetings.ts). */
export const pairOf = (m: Meeting): string[] =>
  m.kind === 'one_to_one' && m.menteePersonId ? [m.createdByPersonId, m.menteePersonId] : [];

/** The policy resource of a meeting on the phone (its unit's path is not needed by the group's own rules). */
export const meetingResource = (m: Meeting): MeetingResource => ({
  type: 'meeting',
  programId: m.programId,
  path: '',
  groupId: m.groupId,
  pairPersonIds: pairOf(m),
});

/** A goal as the meeting notes' picker shows it: its title and whose goal it is. */
export interface GoalChoice {
  id: string;
  title: string;
  ownerName: string | null;
}

export async function localMeeting(db: LocalDb, id: string): Promise<MeetingShown | undefined> {
  const meeting = await db.rows('meetings').get(id);
  if (!meeting) return undefined;
  const [rows, notes, artefacts, members] = await Promise.all([
    db.rows('meetingAttendance').where('meetingId').equals(id).toArray(),
    db.rows('meetingNotes').get(id),
    db.rows('meetingArtefacts').where('meetingId').equals(id).toArray(),
    db.rows('groupMembers').where('groupId').equals(meeting.groupId).toArray(),
  ]);
  const pair = pairOf(meeting);
  const day = today();
  const current = members.filter((m) => isCurrentMember(m, day) && (pair.length === 0 || pair.includes(m.personId)));
  const ids = [...new Set([...rows.map((r) => r.personId), ...current.map((m) => m.personId)])];
  const [owned, linked] = await Promise.all([
    db
      .rows('goals')
      .where('ownerPersonId')
      .anyOf(current.map((m) => m.personId))
      .toArray(),
    db.rows('goals').bulkGet(notes?.goalIds ?? []),
  ]);
  const goals = new Map(
    [...owned, ...linked].flatMap((g) => (g && (!g.deletedAt || notes?.goalIds.includes(g.id)) ? [[g.id, g]] : [])),
  );
  const people = await db
    .rows('persons')
    .bulkGet([...new Set([...ids, ...[...goals.values()].map((g) => g.ownerPersonId)])]);
  const names = new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p.fullName]));
  return {
    meeting,
    attendance: rows.map((r) => ({ ...r, fullName: names.get(r.personId) ?? null })),
    notes: notes ?? null,
    artefacts: artefacts.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    attendees: current
      .map((m) => ({ personId: m.personId, fullName: names.get(m.personId) ?? null, role: m.role }))
      .sort((a, b) => (a.fullName ?? '').localeCompare(b.fullName ?? '')),
    goals: [...goals.values()]
      .map((g) => ({ id: g.id, title: g.title, ownerName: names.get(g.ownerPersonId) ?? null }))
      .sort((a, b) => (a.ownerName ?? '').localeCompare(b.ownerName ?? '') || a.title.localeCompare(b.title)),
  };
}

export const loadMeeting = (id: string): Promise<MeetingShown> =>
  api.get<MeetingDetailResponse>(`/api/meetings/${id}`).then((d) => ({
    meeting: d.meeting,
    attendance: d.attendance,
    notes: d.notes,
    artefacts: d.artefacts,
    attendees: [],
    goals: [],
    may: d.may,
  }));

/** `<input type="datetime-local">` value (the phone's local time) for an ISO timestamp, and back. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
export const fromLocalInput = (value: string): string => new Date(value).toISOString();
