import { type Actor, AppError, type ContactHoursResource, can } from '@mentora/core';
import type { Clock } from '../../clock';
import { today } from '../../clock';
import { auditReadsByShare } from '../../content/read-audit';
import { contentResources } from '../../content/resources';
import type { Db } from '../../db/connect';
import { currentMembership } from '../../db/current-membership';
import { getReadableGroup } from '../groups/queries';
import {
  artefactRowToRecord,
  attendanceRowToRecord,
  contactHours,
  dayAttendanceRowToRecord,
  findMeeting,
  meetingResources,
  meetingRowToMeeting,
  notesRowToRecord,
  pairOf,
  readWithNotes,
} from './queries';

/**
 * A group's meetings the actor may read (metadata), newest first, each with how many attended and
 * their contact hours in total. The group must be readable; a one-to-one shows only to its pair
 * and to officials in scope. Errors: `not_found` for a group the actor may not read.
 */
export async function groupMeetings(db: Db, actor: Actor, groupId: string) {
  await getReadableGroup(db, actor, groupId);
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('groupId', '=', groupId)
    .where('deletedAt', 'is', null)
    .orderBy('scheduledFor', 'desc')
    .execute();
  const resources = await meetingResources(db, rows);
  const visible = rows.filter((r) => {
    const res = resources.get(r.id);
    return res !== undefined && can(actor, 'read', res);
  });
  const counts = visible.length
    ? await db
        .selectFrom('meetingAttendance')
        .select(['meetingId', 'hours'])
        .where(
          'meetingId',
          'in',
          visible.map((r) => r.id),
        )
        .where('present', '=', 1)
        .where('deletedAt', 'is', null)
        .execute()
    : [];
  const items = visible.map((r) => {
    const mine = counts.filter((c) => c.meetingId === r.id);
    const hours = mine.reduce((s, c) => s + Number(c.hours), 0);
    return {
      ...meetingRowToMeeting(r),
      presentCount: mine.length,
      contactHours: Math.round(hours * 100) / 100,
    };
  });
  return { items, total: items.length };
}

/**
 * One meeting: metadata and attendance for whoever may read the meeting or its notes (shared with
 * them by the teacher); its notes and artefacts only for those the content policy lets read them
 * (never an official unless the teacher shared them: ARCHITECTURE §3). Errors: `not_found`.
 */
export async function meetingDetail(db: Db, actor: Actor, id: string, clock: Clock) {
  const found = await findMeeting(db, id);
  if (!found) throw new AppError('not_found', 'Meeting not found');
  const { row, resource } = found;
  const [attendance, dayAttendance, notes, artefacts] = await Promise.all([
    db
      .selectFrom('meetingAttendance as a')
      .innerJoin('persons as p', 'p.id', 'a.personId')
      .selectAll('a')
      .select('p.fullName')
      .where('a.meetingId', '=', id)
      .where('a.deletedAt', 'is', null)
      .orderBy('p.fullName')
      .execute(),
    db
      .selectFrom('meetingDayAttendance')
      .selectAll()
      .where('meetingId', '=', id)
      .where('deletedAt', 'is', null)
      .orderBy('day')
      .execute(),
    db.selectFrom('meetingNotes').selectAll().where('id', '=', id).where('deletedAt', 'is', null).execute(),
    db
      .selectFrom('meetingArtefacts')
      .selectAll()
      .where('meetingId', '=', id)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute(),
  ]);
  const [noteRes, artefactRes] = await Promise.all([
    contentResources(db, 'meetingNotes', 'meeting_note', notes),
    contentResources(db, 'meetingArtefacts', 'meeting_note', artefacts, readWithNotes(artefacts)),
  ]);
  const readable = <T extends { id: string }>(rows: T[], res: Map<string, Parameters<typeof can>[2]>) =>
    rows.filter((r) => {
      const x = res.get(r.id);
      return x !== undefined && can(actor, 'read', x);
    });
  const pair = pairOf(row);
  const readContent = pair.length ? pair.includes(actor.personId) : actor.groups.some((g) => g.groupId === row.groupId);
  const note = readable(notes, noteRes)[0];
  await auditReadsByShare(db, actor, clock, [
    { table: 'meetingNotes', rows: notes, resources: noteRes },
    { table: 'meetingArtefacts', rows: artefacts, resources: artefactRes, parents: readWithNotes(artefacts) },
  ]);
  // Whom the teacher shared the notes with reads the meeting as its pair does; else it must be readable.
  if (!note && !can(actor, 'read', resource)) throw new AppError('not_found', 'Meeting not found');
  return {
    meeting: meetingRowToMeeting(row),
    attendance: attendance.map(({ fullName, ...a }) => ({ ...attendanceRowToRecord(a), fullName })),
    dayAttendance: dayAttendance.map(dayAttendanceRowToRecord),
    notes: note ? notesRowToRecord(note) : null,
    artefacts: readable(artefacts, artefactRes).map(artefactRowToRecord),
    may: { update: can(actor, 'update', resource), readContent: readContent || note !== undefined },
  };
}

/**
 * A person's contact hours between two days (inclusive, UTC; either may be null). Read by the
 * person, a mentor of one of their groups and the officials of their school's subtree.
 * Errors: `not_found` for a person the actor may not ask about; `validation_failed` when `from` > `to`.
 */
export async function personContactHours(
  db: Db,
  actor: Actor,
  clock: Clock,
  personId: string,
  from: string | null,
  to: string | null,
) {
  if (from && to && from > to)
    throw new AppError('validation_failed', 'The period ends before it starts', [
      { path: 'to', message: 'before from' },
    ]);
  const person = await db
    .selectFrom('persons as p')
    .leftJoin('orgUnits as u', 'u.id', 'p.schoolId')
    .innerJoin('programs as g', 'g.id', 'p.programId')
    .select(['p.id', 'p.programId', 'u.path', 'g.rootOrgUnitId'])
    .where('p.id', '=', personId)
    .where('p.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!person) throw new AppError('not_found', 'Person not found');
  const groups = await db
    .selectFrom('groupMembers')
    .select('groupId')
    .where('personId', '=', personId)
    .where(currentMembership(today(clock)))
    .execute();
  const resource: ContactHoursResource = {
    type: 'contactHours',
    programId: person.programId,
    path: person.path ?? (person.rootOrgUnitId ? `/${person.rootOrgUnitId}/` : `/program:${person.programId}/`),
    personId,
    groupIds: groups.map((g) => g.groupId),
  };
  if (!can(actor, 'read', resource)) throw new AppError('not_found', 'Person not found');
  const sum = (await contactHours(db, [personId], from, to)).get(personId) ?? { hours: 0, meetings: 0 };
  return { personId, from, to, ...sum };
}
