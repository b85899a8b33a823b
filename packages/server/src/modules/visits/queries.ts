import {
  type Actor,
  AppError,
  can,
  type Visit,
  type VisitAcknowledgement,
  type VisitNote,
  type VisitResource,
  type VisitStatus,
} from '@mentora/core';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/connect';
import type { WorkingSet } from '../../sync/working-set';
import type { VisitAckRow, VisitNoteRow, VisitRow } from './schema';

const syncOf = (r: { createdAt: string; updatedAt: string; deletedAt: string | null; version: number | bigint }) => ({
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
  version: Number(r.version),
});

export function visitRowToVisit(r: VisitRow): Visit {
  return {
    id: r.id,
    programId: r.programId,
    groupId: r.groupId,
    schoolUnitId: r.schoolUnitId,
    mentorPersonId: r.mentorPersonId,
    plannedFor: r.plannedFor,
    status: r.status as VisitStatus,
    doneAt: r.doneAt,
    concernIds: JSON.parse(r.concernIds) as string[],
    teacherPersonIds: JSON.parse(r.teacherPersonIds) as string[],
    observationId: r.observationId,
    acknowledgedAt: r.acknowledgedAt,
    acknowledgedByPersonId: r.acknowledgedByPersonId,
    ...syncOf(r),
  };
}

export function noteRowToNote(r: VisitNoteRow): VisitNote {
  return {
    id: r.id,
    visitId: r.visitId,
    programId: r.programId,
    groupId: r.groupId,
    ownerPersonId: r.ownerPersonId,
    partnerPersonId: r.partnerPersonId,
    authorPersonId: r.authorPersonId,
    visibility: r.visibility,
    supportGiven: r.supportGiven,
    ...syncOf(r),
  };
}

export function ackRowToAck(r: VisitAckRow): VisitAcknowledgement {
  return {
    id: r.id,
    visitId: r.visitId,
    programId: r.programId,
    groupId: r.groupId,
    schoolUnitId: r.schoolUnitId,
    headPersonId: r.headPersonId,
    comment: r.comment,
    acknowledgedAt: r.acknowledgedAt,
    ...syncOf(r),
  };
}

/** The org-unit paths of units by id, in one query. */
export async function unitPaths(db: Db, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('orgUnits')
    .select(['id', 'path'])
    .where('id', 'in', [...new Set(unitIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.path]));
}

export const visitResource = (v: Pick<VisitRow, 'programId' | 'groupId' | 'mentorPersonId'>, path: string) =>
  ({
    type: 'visit',
    programId: v.programId,
    path,
    groupId: v.groupId,
    mentorPersonId: v.mentorPersonId,
  }) satisfies VisitResource;

/**
 * The policy resources of a batch of rows read as their visit (visits, acknowledgements), by row id,
 * in one query for the visits' schools. `mentorOf`: the visit's mentor for each row.
 */
export async function visitResources(
  db: Db,
  rows: readonly { id: string; programId: string; groupId: string; schoolUnitId: string; mentorPersonId: string }[],
): Promise<Map<string, VisitResource>> {
  const paths = await unitPaths(
    db,
    rows.map((r) => r.schoolUnitId),
  );
  const out = new Map<string, VisitResource>();
  for (const r of rows) {
    const path = paths.get(r.schoolUnitId);
    if (path) out.set(r.id, visitResource(r, path));
  }
  return out;
}

/** A live visit with its school's path, or undefined. */
export async function findVisit(db: Db, id: string) {
  const row = await db
    .selectFrom('visits')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const path = (await unitPaths(db, [row.schoolUnitId])).get(row.schoolUnitId) ?? '';
  return { row, resource: visitResource(row, path) };
}

/** The visit if `actor` may read it; `not_found` otherwise (existence not revealed). */
export async function getReadableVisit(db: Db, actor: Actor, id: string) {
  const found = await findVisit(db, id);
  if (!found || !can(actor, 'read', found.resource)) throw new AppError('not_found', 'Visit not found');
  return found;
}

/**
 * The visits (and acknowledgements) a device holds, in SQL: those of the user's groups (a mentor's)
 * and those to a school on the user's paths (a head teacher's). A superset: the pull asks the policy
 * of each row, so a mentee of the group or a teacher of the school receives none.
 */
export function visitScope(ws: WorkingSet): Expression<SqlBool> {
  const groups = ws.groupIds.length
    ? sql<SqlBool>`${sql.ref('groupId')} in (${sql.join(ws.groupIds)})`
    : sql<SqlBool>`1 = 0`;
  const schools = ws.unitIds.length
    ? sql<SqlBool>`${sql.ref('schoolUnitId')} in (${sql.join(ws.unitIds)})`
    : sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${groups} or ${schools})`;
}
