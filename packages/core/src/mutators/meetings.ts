import { calendarOf, dayContactHours, localDateTime, meetingDays } from '../model/cluster-calendar';
import type { Meeting, MeetingArtefact, MeetingAttendance, MeetingDayAttendance, MeetingNote } from '../model/meeting';
import { table } from './device-area';
import { created, type Mutators, patchRow, type RowStore, trimmed } from './row-store';

type MeetingCommand =
  | 'meeting.schedule'
  | 'meeting.update'
  | 'meeting.cancel'
  | 'meeting.recordAttendance'
  | 'meeting.scheduleCluster'
  | 'meeting.recordDayAttendance'
  | 'meeting.markHeld'
  | 'meeting.writeNotes'
  | 'meeting.attachArtefact'
  | 'meeting.removeArtefact';

/**
 * Meetings (metadata), attendance with contact hours (metadata), notes and artefacts (content).
 * A meeting's notes record has the meeting's id, so `meeting.writeNotes` edits it in place and its
 * free text keeps conflict copies like any update.
 */
export const meetingsDevice = {
  tables: {
    meetings: table<Meeting>('groupId', 'scheduledFor'),
    meetingAttendance: table<MeetingAttendance>('meetingId', 'personId'),
    meetingDayAttendance: table<MeetingDayAttendance>('meetingId', 'personId'),
    meetingNotes: table<MeetingNote>('meetingId'),
    meetingArtefacts: table<MeetingArtefact>('meetingId', 'goalId'),
  },
  conflictFields: {
    'meeting.update': { table: 'meetings', fields: ['title'] },
    'meeting.writeNotes': { table: 'meetingNotes', fields: ['agenda', 'notes', 'outcomes'] },
  },
} as const;

// Who is acting is not known to a mutator: fields the server fills from the session stay empty
// on the device until the server's answer replaces the row (at the next pull).
const UNKNOWN_PERSON = '';

/** The content columns a meeting's notes and artefacts take from it (server: modules/meetings/commands.ts). */
function contentOf(m: Meeting) {
  const oneToOne = m.kind === 'one_to_one';
  return {
    programId: m.programId,
    groupId: m.groupId,
    ownerPersonId: oneToOne ? (m.menteePersonId ?? UNKNOWN_PERSON) : UNKNOWN_PERSON,
    partnerPersonId: oneToOne ? m.createdByPersonId : null,
    authorPersonId: UNKNOWN_PERSON,
    visibility: oneToOne ? ('pair' as const) : ('group' as const),
  };
}

async function setStatus(rows: RowStore, id: string, changes: Partial<Meeting>, now: string) {
  const m = await rows.get('meetings', id);
  if (m) await rows.put('meetings', { ...m, ...changes, updatedAt: now });
}

/** Meetings (server: modules/meetings/commands.ts). */
export const meetingMutators: Mutators<MeetingCommand> = {
  'meeting.schedule': {
    creates: true,
    async apply(rows, a, now) {
      const group = await rows.get('groups', a.groupId);
      await rows.put('meetings', {
        id: a.id,
        programId: group?.programId ?? '',
        groupId: a.groupId,
        kind: a.kind,
        title: trimmed(a.title),
        scheduledFor: a.scheduledFor,
        durationMinutes: a.durationMinutes,
        endsOn: a.endsOn ?? null,
        status: 'scheduled',
        heldAt: null,
        createdByPersonId: UNKNOWN_PERSON,
        menteePersonId: a.menteePersonId ?? null,
        ...created(now),
      });
    },
  },
  'meeting.scheduleCluster': {
    async apply(rows, a, now) {
      const group = await rows.get('groups', a.id);
      for (const m of a.meetings) {
        // Ids come from the client, so the server's rows replace these at the next pull.
        if (!m.id) continue;
        await rows.put('meetings', {
          id: m.id,
          programId: group?.programId ?? '',
          groupId: a.id,
          kind: 'cluster_meeting',
          title: trimmed(m.title),
          scheduledFor: m.scheduledFor,
          durationMinutes: m.durationMinutes,
          endsOn: m.endsOn ?? null,
          status: 'scheduled',
          heldAt: null,
          createdByPersonId: UNKNOWN_PERSON,
          menteePersonId: null,
          ...created(now),
        });
      }
    },
  },
  'meeting.recordDayAttendance': {
    async apply(rows, a, now) {
      const m = await rows.get('meetings', a.id);
      if (!m) return;
      const program = await rows.get('programs', m.programId);
      const { timeZone } = calendarOf(program?.settings);
      if (!meetingDays(m, timeZone).includes(a.day)) return;
      const start = localDateTime(m.scheduledFor, timeZone).time;
      const days = await rows.find('meetingDayAttendance', 'meetingId', a.id);
      for (const e of a.entries) {
        const hours = dayContactHours({ start, durationMinutes: m.durationMinutes, ...e }) ?? 0;
        const values = { present: e.present, arrivedAt: e.arrivedAt ?? null, leftAt: e.leftAt ?? null, hours };
        const row = days.find((r) => r.personId === e.personId && r.day === a.day);
        const next = row
          ? { ...row, ...values, updatedAt: now }
          : {
              id: `${a.id}:${a.day}:${e.personId}`,
              meetingId: a.id,
              groupId: m.groupId,
              personId: e.personId,
              day: a.day,
              ...values,
              ...created(now),
            };
        await rows.put('meetingDayAttendance', next);
        if (row) days.splice(days.indexOf(row), 1, next);
        else days.push(next);
      }
      // The meeting's total per person: the sum over days, present on any day (as the server keeps it).
      const totals = await rows.find('meetingAttendance', 'meetingId', a.id);
      for (const e of a.entries) {
        const mine = days.filter((d) => d.personId === e.personId && !d.deletedAt);
        const values = {
          present: mine.some((d) => d.present),
          hours: Math.round(mine.reduce((s, d) => s + d.hours, 0) * 100) / 100,
        };
        const row = totals.find((r) => r.personId === e.personId);
        if (row) await rows.put('meetingAttendance', { ...row, ...values, updatedAt: now });
        else
          await rows.put('meetingAttendance', {
            id: `${a.id}:${e.personId}`,
            meetingId: a.id,
            groupId: m.groupId,
            personId: e.personId,
            ...values,
            ...created(now),
          });
      }
    },
  },
  'meeting.update': { base: 'meetings', apply: (rows, a, now) => patchRow(rows, 'meetings', a, now) },
  'meeting.cancel': { apply: (rows, a, now) => setStatus(rows, a.id, { status: 'cancelled' }, now) },
  'meeting.markHeld': {
    apply: (rows, a, now) => setStatus(rows, a.id, { status: 'held', heldAt: a.heldAt ?? now }, now),
  },
  'meeting.recordAttendance': {
    async apply(rows, a, now) {
      const m = await rows.get('meetings', a.id);
      if (!m) return;
      const existing = await rows.find('meetingAttendance', 'meetingId', a.id);
      for (const e of a.entries) {
        const row = existing.find((r) => r.personId === e.personId);
        const values = { present: e.present, hours: e.present ? e.hours : 0 };
        if (row) await rows.put('meetingAttendance', { ...row, ...values, updatedAt: now });
        else
          await rows.put('meetingAttendance', {
            // A device-local id: the server's row replaces it at the next pull.
            id: `${a.id}:${e.personId}`,
            meetingId: a.id,
            groupId: m.groupId,
            personId: e.personId,
            ...values,
            ...created(now),
          });
      }
    },
  },
  'meeting.writeNotes': {
    base: 'meetingNotes',
    async apply(rows, a, now) {
      const text = {
        ...(a.agenda !== undefined ? { agenda: trimmed(a.agenda) } : {}),
        ...(a.notes !== undefined ? { notes: trimmed(a.notes) } : {}),
        ...(a.outcomes !== undefined ? { outcomes: trimmed(a.outcomes) } : {}),
        ...(a.goalIds !== undefined ? { goalIds: a.goalIds } : {}),
      };
      const row = await rows.get('meetingNotes', a.id);
      if (row) return rows.put('meetingNotes', { ...row, ...text, updatedAt: now });
      const m = await rows.get('meetings', a.id);
      if (!m) return;
      await rows.put('meetingNotes', {
        id: a.id,
        meetingId: a.id,
        agenda: null,
        notes: null,
        outcomes: null,
        goalIds: [],
        ...contentOf(m),
        ...text,
        ...created(now),
      });
    },
  },
  'meeting.attachArtefact': {
    creates: true,
    async apply(rows, a, now) {
      const m = a.meetingId ? await rows.get('meetings', a.meetingId) : undefined;
      const group = a.groupId ? await rows.get('groups', a.groupId) : undefined;
      const content = m
        ? contentOf(m)
        : {
            programId: group?.programId ?? '',
            groupId: a.groupId ?? null,
            ownerPersonId: a.ownerPersonId ?? UNKNOWN_PERSON,
            partnerPersonId: null,
            authorPersonId: UNKNOWN_PERSON,
            visibility: 'pair' as const,
          };
      await rows.put('meetingArtefacts', {
        id: a.id,
        meetingId: a.meetingId ?? null,
        goalId: a.goalId ?? null,
        kind: a.kind,
        title: trimmed(a.title),
        url: a.url ?? null,
        uploadId: a.uploadId ?? null,
        ...content,
        ...created(now),
      });
    },
  },
  'meeting.removeArtefact': { apply: (rows, a) => rows.remove('meetingArtefacts', a.id) },
};
