import {
  type Actor,
  AppError,
  type ArtefactKind,
  can,
  type Meeting,
  type MeetingArtefact,
  type MeetingAttendance,
  type MeetingDayAttendance,
  type MeetingKind,
  type MeetingNote,
  type MeetingResource,
  type MeetingStatus,
  type Resource,
} from '@mentora/core';
import { type Expression, type SqlBool, sql } from 'kysely';
import { type ContentParent, contentResources, liveSharees } from '../../content/resources';
import type { Db } from '../../db/connect';
import type { WorkingSet } from '../../sync/working-set';
import type { ArtefactRow, AttendanceRow, DayAttendanceRow, MeetingRow, NotesRow } from './schema';

export function meetingRowToMeeting(r: MeetingRow): Meeting {
  return {
    id: r.id,
    programId: r.programId,
    groupId: r.groupId,
    kind: r.kind as MeetingKind,
    title: r.title,
    scheduledFor: r.scheduledFor,
    durationMinutes: Number(r.durationMinutes),
    endsOn: r.endsOn,
    status: r.status as MeetingStatus,
    heldAt: r.heldAt,
    createdByPersonId: r.createdByPersonId,
    menteePersonId: r.menteePersonId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: Number(r.version),
  };
}

export function attendanceRowToRecord(r: AttendanceRow): MeetingAttendance {
  return {
    id: r.id,
    meetingId: r.meetingId,
    groupId: r.groupId,
    personId: r.personId,
    present: Number(r.present) === 1,
    hours: Number(r.hours),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: Number(r.version),
  };
}

export function dayAttendanceRowToRecord(r: DayAttendanceRow): MeetingDayAttendance {
  return {
    id: r.id,
    meetingId: r.meetingId,
    groupId: r.groupId,
    personId: r.personId,
    day: r.day,
    present: Number(r.present) === 1,
    arrivedAt: r.arrivedAt,
    leftAt: r.leftAt,
    hours: Number(r.hours),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: Number(r.version),
  };
}

const contentOf = (r: NotesRow | ArtefactRow) => ({
  programId: r.programId,
  groupId: r.groupId,
  ownerPersonId: r.ownerPersonId,
  partnerPersonId: r.partnerPersonId,
  authorPersonId: r.authorPersonId,
  visibility: r.visibility,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
  version: Number(r.version),
});

export function notesRowToRecord(r: NotesRow): MeetingNote {
  return {
    id: r.id,
    meetingId: r.meetingId,
    agenda: r.agenda,
    notes: r.notes,
    outcomes: r.outcomes,
    goalIds: JSON.parse(r.goalIds) as string[],
    ...contentOf(r),
  };
}

export function artefactRowToRecord(r: ArtefactRow): MeetingArtefact {
  return {
    id: r.id,
    meetingId: r.meetingId,
    goalId: r.goalId,
    kind: r.kind as ArtefactKind,
    title: r.title,
    url: r.url,
    uploadId: r.uploadId,
    ...contentOf(r),
  };
}

/** A one-to-one's pair: its mentor (who scheduled it) and its mentee; empty for a group meeting. */
export function pairOf(m: Pick<MeetingRow, 'kind' | 'createdByPersonId' | 'menteePersonId'>): string[] {
  return m.kind === 'one_to_one' && m.menteePersonId ? [m.createdByPersonId, m.menteePersonId] : [];
}

export function meetingResource(
  m: MeetingRow,
  path: string,
  sharedWithPersonIds: readonly string[] = [],
): MeetingResource {
  return {
    type: 'meeting',
    programId: m.programId,
    path,
    groupId: m.groupId,
    pairPersonIds: pairOf(m),
    sharedWithPersonIds,
  };
}

/** The org-unit paths of groups by id, in one query. */
export async function groupPaths(db: Db, groupIds: readonly string[]): Promise<Map<string, string>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('groups as g')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .select(['g.id', 'u.path'])
    .where('g.id', 'in', [...new Set(groupIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** The policy resources of a batch of meetings by id, with whom their notes are shared (two queries for the batch). */
export async function meetingResources(db: Db, rows: readonly MeetingRow[]): Promise<Map<string, MeetingResource>> {
  const [paths, sharees] = await Promise.all([
    groupPaths(
      db,
      rows.map((r) => r.groupId),
    ),
    liveSharees(
      db,
      'meetingNotes',
      rows.map((r) => r.id),
    ),
  ]);
  const out = new Map<string, MeetingResource>();
  for (const m of rows) {
    const path = paths.get(m.groupId);
    if (path) out.set(m.id, meetingResource(m, path, sharees.get(m.id) ?? []));
  }
  return out;
}

/** A live meeting with its group's path, or undefined. */
export async function findMeeting(db: Db, id: string) {
  const m = await db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!m) return undefined;
  const path = (await groupPaths(db, [m.groupId])).get(m.groupId) ?? '';
  return { row: m, resource: meetingResource(m, path) };
}

/** The meeting if `actor` may read its metadata; `not_found` otherwise (existence not revealed). */
export async function getReadableMeeting(db: Db, actor: Actor, id: string) {
  const found = await findMeeting(db, id);
  if (!found || !can(actor, 'read', found.resource)) throw new AppError('not_found', 'Meeting not found');
  return found;
}

/**
 * The meetings a device holds, in SQL (one table): those of the user's current groups, a one-to-one
 * only when the user is of its pair. `alias`: the table's alias, if any.
 */
export function meetingScope(ws: WorkingSet, alias?: string): Expression<SqlBool> {
  const c = (col: string) => sql.ref(alias ? `${alias}.${col}` : col);
  if (ws.groupIds.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${c('groupId')} in (${sql.join(ws.groupIds)}) and (${c('kind')} <> 'one_to_one'
    or ${c('createdByPersonId')} = ${ws.personId} or ${c('menteePersonId')} = ${ws.personId}))`;
}

/**
 * Contact hours per person: the sum of `hours` of their attendance (present) at held meetings whose
 * `scheduledFor` falls on a day from `from` to `to` (ISO dates, inclusive; null: unbounded), with
 * the number of those meetings. Metadata (ARCHITECTURE §3); monitoring indicators build on it.
 * Returns an entry for every person asked, zero when none; hours rounded to hundredths.
 */
export async function contactHours(
  db: Db,
  personIds: readonly string[],
  from: string | null,
  to: string | null,
): Promise<Map<string, { hours: number; meetings: number }>> {
  const out = new Map(personIds.map((p) => [p, { hours: 0, meetings: 0 }]));
  if (personIds.length === 0) return out;
  let q = db
    .selectFrom('meetingAttendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meetingId')
    .select(['a.personId', 'a.hours'])
    .where('a.personId', 'in', [...new Set(personIds)])
    .where('a.present', '=', 1)
    .where('a.deletedAt', 'is', null)
    .where('m.deletedAt', 'is', null)
    .where('m.status', '=', 'held');
  // scheduledFor is an ISO timestamp: compare with the first instant of `from` and the day after `to`.
  if (from) q = q.where('m.scheduledFor', '>=', from);
  if (to) q = q.where('m.scheduledFor', '<', `${to}T99`);
  for (const r of await q.execute()) {
    const e = out.get(r.personId);
    if (e) {
      e.hours += Number(r.hours);
      e.meetings += 1;
    }
  }
  for (const e of out.values()) e.hours = Math.round(e.hours * 100) / 100;
  return out;
}

/** Artefacts are read with their meeting's notes (id = the meeting's): a share of them covers the artefacts. */
export function readWithNotes(rows: readonly { id: string; meetingId: string | null }[]): ContentParent[] {
  return [
    { table: 'meetingNotes', ids: new Map(rows.flatMap((r) => (r.meetingId ? [[r.id, r.meetingId] as const] : []))) },
  ];
}

/**
 * A portfolio entry's title of each meeting `actor` may read (its title): its metadata — the group,
 * a one-to-one's pair, officials in scope — or its notes shared with them; others left out.
 */
export async function meetingLinkTitles(db: Db, actor: Actor, ids: readonly string[]) {
  const [rows, notes] = await Promise.all([
    db.selectFrom('meetings').selectAll().where('id', 'in', ids).where('deletedAt', 'is', null).execute(),
    db.selectFrom('meetingNotes').selectAll().where('id', 'in', ids).where('deletedAt', 'is', null).execute(),
  ]);
  const [res, noteRes] = await Promise.all([
    meetingResources(db, rows),
    contentResources(db, 'meetingNotes', 'meeting_note', notes),
  ]);
  const readable = (r: Resource | undefined) => r !== undefined && can(actor, 'read', r);
  return new Map(
    rows.flatMap((m) => (readable(res.get(m.id)) || readable(noteRes.get(m.id)) ? [[m.id, m.title]] : [])),
  );
}
