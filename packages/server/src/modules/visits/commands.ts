import { AppError, type visitsCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { today } from '../../clock';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { contentResourceOf } from '../../content/resources';
import { currentMembership } from '../../db/current-membership';
import { followUpByVisit } from '../concerns/commands';
import { clusterSchoolPath } from '../groups/cluster-schools';
import { findGroup } from '../groups/queries';
import { ackRowToAck, findVisit, noteRowToNote, visitResource, visitRowToVisit } from './queries';
import type { VisitRow } from './schema';

async function loadVisit(ctx: CommandContext, id: string) {
  const found = await findVisit(ctx.trx, id);
  if (!found) throw new AppError('not_found', 'Visit not found');
  return found;
}

const invalid = (path: string, message: string, summary = 'Check the visit') =>
  new AppError('validation_failed', summary, [{ path, message }]);

/**
 * The school must be one of the cluster's: a unit under the group's unit (PTMP: a cluster of
 * neighbouring schools), or the school of a current member. Returns the school's path.
 * Errors: `validation_failed` on `schoolUnitId`.
 */

function refuseUnlessPlanned(v: VisitRow, what: string) {
  if (v.status !== 'planned') throw new AppError('conflict', `A ${v.status} visit cannot ${what}`);
}

/**
 * The teachers seen are current members of the visit's group whose school is the visited school
 * (issue 9: "teachers seen from the cluster members of that school").
 * Errors: `validation_failed` on `teacherPersonIds.<i>`.
 */
async function assertTeachersOfSchool(ctx: CommandContext, v: VisitRow, ids: readonly string[]) {
  const found = await ctx.trx
    .selectFrom('groupMembers as m')
    .innerJoin('persons as p', 'p.id', 'm.personId')
    .select('m.personId')
    .where('m.groupId', '=', v.groupId)
    .where('m.personId', 'in', ids)
    .where('m.role', '=', 'mentee')
    .where('p.schoolId', '=', v.schoolUnitId)
    .where(currentMembership(today(ctx.clock), 'm'))
    .execute();
  const known = new Set(found.map((f) => f.personId));
  const details = ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `teacherPersonIds.${i}`, message: 'not a teacher of this cluster at this school' }],
  );
  if (details.length) throw new AppError('validation_failed', 'Name the cluster’s teachers of this school', details);
}

/**
 * An observation linked to a visit is one of the visit's cluster that the mentor took part in.
 * Errors: `validation_failed` on `observationId`.
 */
async function assertObservation(ctx: CommandContext, v: VisitRow, observationId: string | null) {
  if (observationId === null) return;
  const o = await ctx.trx
    .selectFrom('observations')
    .select(['observerPersonId', 'observedPersonId'])
    .where('id', '=', observationId)
    .where('groupId', '=', v.groupId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  const me = ctx.actor.personId;
  if (!o || (o.observerPersonId !== me && o.observedPersonId !== me))
    throw invalid('observationId', 'not an observation of yours in this cluster');
}

/**
 * A visit follows up concerns of its own cluster that were sent to a school follow-up (issue 9,
 * point 4: "the mentor plans visits from follow-up concerns"): each id must be a concern of the
 * group in state `needs_follow_up` (or `followed_up` by this very visit, when it is changed later).
 * Errors: `validation_failed` at `concernIds.<i>`.
 */
async function assertFollowUpConcerns(ctx: CommandContext, groupId: string, ids: readonly string[], visitId?: string) {
  if (ids.length === 0) return;
  const rows = await ctx.trx
    .selectFrom('concerns')
    .select(['id', 'state', 'followedUpVisitId'])
    .where('groupId', '=', groupId)
    .where('id', 'in', [...ids])
    .where('deletedAt', 'is', null)
    .execute();
  const ok = new Set(
    rows
      .filter((r) => r.state === 'needs_follow_up' || (visitId !== undefined && r.followedUpVisitId === visitId))
      .map((r) => r.id),
  );
  const bad = ids.findIndex((id) => !ok.has(id));
  if (bad >= 0) throw invalid(`concernIds.${bad}`, 'not a concern of this cluster waiting for a school follow-up');
}

/** Visits: plan, change, cancel, record, acknowledge — once for REST and sync push. */
export const visitHandlers: AreaHandlers<typeof visitsCore.commands> = {
  'visit.plan': async (ctx, input) => {
    const group = await findGroup(ctx.trx, input.groupId);
    if (!group) throw new AppError('not_found', 'Group not found');
    // Asked as the cluster (no mentor yet): someone who may not plan learns nothing of it.
    ensure(
      ctx.actor,
      'create',
      visitResource({ ...group, groupId: group.id, mentorPersonId: '' }, group.path),
      'group',
    );
    await clusterSchoolPath(ctx, group, input.schoolUnitId);
    await assertFollowUpConcerns(ctx, group.id, input.concernIds);
    const row = {
      ...(await created(ctx, input.id)),
      programId: group.programId,
      groupId: group.id,
      schoolUnitId: input.schoolUnitId,
      mentorPersonId: ctx.actor.personId,
      plannedFor: input.plannedFor,
      status: 'planned',
      doneAt: null,
      concernIds: JSON.stringify(input.concernIds),
      teacherPersonIds: '[]',
      observationId: null,
      acknowledgedAt: null,
      acknowledgedByPersonId: null,
    };
    await ctx.trx.insertInto('visits').values(row).execute();
    return visitRowToVisit(row);
  },

  'visit.update': async (ctx, input) => {
    const { row: v, resource } = await loadVisit(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'visit');
    refuseUnlessPlanned(v, 'be changed');
    if (input.concernIds !== undefined) await assertFollowUpConcerns(ctx, v.groupId, input.concernIds, v.id);
    const changes = {
      ...(input.plannedFor !== undefined ? { plannedFor: input.plannedFor } : {}),
      ...(input.concernIds !== undefined ? { concernIds: JSON.stringify(input.concernIds) } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('visits').set(changes).where('id', '=', v.id).execute();
    return visitRowToVisit({ ...v, ...changes });
  },

  'visit.cancel': async (ctx, input) => {
    const { row: v, resource } = await loadVisit(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'visit');
    if (v.status === 'cancelled') return visitRowToVisit(v);
    refuseUnlessPlanned(v, 'be cancelled');
    const changes = { status: 'cancelled', ...(await touched(ctx)) };
    await ctx.trx.updateTable('visits').set(changes).where('id', '=', v.id).execute();
    return visitRowToVisit({ ...v, ...changes });
  },

  'visit.record': async (ctx, input) => {
    const { row: v, resource } = await loadVisit(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'visit');
    // Recording again corrects the record (teachers, support given); a cancelled visit took no place.
    if (v.status === 'cancelled') throw new AppError('conflict', 'A cancelled visit cannot be recorded');
    await assertTeachersOfSchool(ctx, v, input.teacherPersonIds);
    await assertObservation(ctx, v, input.observationId);
    const doneAt = input.doneAt ?? (v.status === 'done' ? v.doneAt : null) ?? ctx.now;
    if (doneAt > ctx.now) throw invalid('doneAt', 'must not be in the future');
    const changes = {
      status: 'done',
      doneAt,
      teacherPersonIds: JSON.stringify(input.teacherPersonIds),
      observationId: input.observationId,
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('visits').set(changes).where('id', '=', v.id).execute();
    await followUpByVisit(ctx, v.id, v.groupId, JSON.parse(v.concernIds) as string[]);

    const existing = await ctx.trx.selectFrom('visitNotes').selectAll().where('id', '=', v.id).executeTakeFirst();
    let note: Parameters<typeof noteRowToNote>[0];
    if (existing) {
      const res = await contentResourceOf(ctx.trx, 'visitNotes', 'visit_note', existing);
      ensure(ctx.actor, 'update', res, 'visit note');
      note = { ...existing, supportGiven: input.supportGiven, ...(await touched(ctx)) };
      await ctx.trx
        .updateTable('visitNotes')
        .set({ supportGiven: note.supportGiven, updatedAt: note.updatedAt, version: note.version })
        .where('id', '=', v.id)
        .execute();
    } else {
      // The support given is the recording mentor's own note: nobody else reads it (ARCHITECTURE §3).
      note = {
        ...(await created(ctx, v.id)),
        visitId: v.id,
        programId: v.programId,
        groupId: v.groupId,
        ownerPersonId: ctx.actor.personId,
        partnerPersonId: null,
        authorPersonId: ctx.actor.personId,
        visibility: 'pair',
        supportGiven: input.supportGiven,
      };
      await ctx.trx.insertInto('visitNotes').values(note).execute();
    }
    return { visit: visitRowToVisit({ ...v, ...changes }), note: noteRowToNote(note) };
  },

  'visit.acknowledge': async (ctx, input) => {
    const { row: v, resource } = await loadVisit(ctx, input.id);
    ensure(ctx.actor, 'acknowledge', resource, 'visit');
    if (v.status !== 'done') throw new AppError('conflict', 'Only a visit that took place is acknowledged');
    const changes = { acknowledgedAt: ctx.now, acknowledgedByPersonId: ctx.actor.personId, ...(await touched(ctx)) };
    await ctx.trx.updateTable('visits').set(changes).where('id', '=', v.id).execute();
    const existing = await ctx.trx
      .selectFrom('visitAcknowledgements')
      .selectAll()
      .where('id', '=', v.id)
      .executeTakeFirst();
    const ack = {
      ...(existing ?? (await created(ctx, v.id))),
      visitId: v.id,
      programId: v.programId,
      groupId: v.groupId,
      schoolUnitId: v.schoolUnitId,
      headPersonId: ctx.actor.personId,
      comment: input.comment,
      acknowledgedAt: ctx.now,
      ...(existing ? await touched(ctx) : {}),
    };
    if (existing) await ctx.trx.updateTable('visitAcknowledgements').set(ack).where('id', '=', v.id).execute();
    else await ctx.trx.insertInto('visitAcknowledgements').values(ack).execute();
    return { visit: visitRowToVisit({ ...v, ...changes }), acknowledgement: ackRowToAck(ack) };
  },
};
