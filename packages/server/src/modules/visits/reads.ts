import { type Actor, AppError, can } from '@mentora/core';
import { sql } from 'kysely';
import { type Clock, today } from '../../clock';
import { contentResourceOf } from '../../content/resources';
import type { Db } from '../../db/connect';
import { getReadableOrgUnit } from '../org/queries';
import { ackRowToAck, getReadableVisit, noteRowToNote } from './queries';

/** The support given at a visit, for whoever may read that content (its mentor); `not_found` otherwise. */
export async function visitNote(db: Db, actor: Actor, id: string) {
  await getReadableVisit(db, actor, id);
  const row = await db
    .selectFrom('visitNotes')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row || !can(actor, 'read', await contentResourceOf(db, 'visitNotes', 'visit_note', row)))
    throw new AppError('not_found', 'Visit note not found');
  return noteRowToNote(row);
}

/** The head teacher's acknowledgement of a visit (read as the visit); `not_found` when none or not readable. */
export async function visitAcknowledgement(db: Db, actor: Actor, id: string) {
  await getReadableVisit(db, actor, id);
  const row = await db
    .selectFrom('visitAcknowledgements')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Not acknowledged yet');
  return ackRowToAck(row);
}

/**
 * Visit counts of the subtree of unit `unitId`, in total and by visited school (issue 9: overdue
 * visits are "counted for the district officer"): `planned` = not yet done (overdue included),
 * `overdue` = planned for a day before today (the clock's UTC date) and not done, `done`,
 * `acknowledged` = done and acknowledged by the head teacher. Cancelled visits are left out.
 * Figures only (ARCHITECTURE §3): no teacher, no mentor, no note. Readers: `aggregate` on the unit
 * (head teacher, district officer, program admin of it). Errors: `not_found` (unit not readable),
 * `forbidden` (readable but not an official of it).
 */
export async function visitCounts(db: Db, actor: Actor, clock: Clock, unitId: string) {
  const unit = await getReadableOrgUnit(db, actor, unitId);
  if (!can(actor, 'read', { type: 'aggregate', programId: unit.programId, path: unit.path }))
    throw new AppError('forbidden', 'Visit counts are for head teachers, officers and admins of this unit');
  const day = today(clock);
  const rows = await db
    .selectFrom('visits as v')
    .innerJoin('orgUnits as u', 'u.id', 'v.schoolUnitId')
    .select((eb) => [
      'u.id as unitId',
      'u.name',
      eb.fn.countAll<number>().filterWhere('v.status', '=', 'planned').as('planned'),
      eb.fn
        .countAll<number>()
        .filterWhere((w) => w.and([w('v.status', '=', 'planned'), w('v.plannedFor', '<', day)]))
        .as('overdue'),
      eb.fn.countAll<number>().filterWhere('v.status', '=', 'done').as('done'),
      eb.fn
        .countAll<number>()
        .filterWhere((w) => w.and([w('v.status', '=', 'done'), w('v.acknowledgedAt', 'is not', null)]))
        .as('acknowledged'),
    ])
    .where('u.path', 'like', sql<string>`${unit.path} || '%'`)
    .where('v.programId', '=', unit.programId)
    .where('v.deletedAt', 'is', null)
    .where('v.status', '<>', 'cancelled')
    .groupBy(['u.id', 'u.name'])
    .orderBy('u.name')
    .execute();
  const schools = rows.map((r) => ({
    unitId: r.unitId,
    name: r.name,
    planned: Number(r.planned),
    done: Number(r.done),
    overdue: Number(r.overdue),
    acknowledged: Number(r.acknowledged),
  }));
  const sum = (k: 'planned' | 'done' | 'overdue' | 'acknowledged') => schools.reduce((s, r) => s + r[k], 0);
  return {
    unitId: unit.id,
    asOf: day,
    planned: sum('planned'),
    done: sum('done'),
    overdue: sum('overdue'),
    acknowledged: sum('acknowledged'),
    schools,
  };
}
