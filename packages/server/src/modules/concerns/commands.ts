import {
  AppError,
  type ConcernState,
  type ConcernTransition,
  concernCategoriesOf,
  type concernsCore,
  daysToResolution,
  mayBeOnAgenda,
  nextConcernState,
  type ReopenState,
} from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { newId } from '../../clock';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { clusterSchoolPath } from '../groups/cluster-schools';
import { findGroup } from '../groups/queries';
import { concernRecord, concernResource, raisersOf } from './queries';
import type { ConcernRow, ConcernsTable } from './schema';

/** A live concern with its policy resource. Errors: `not_found`. */
async function load(ctx: CommandContext, id: string) {
  const row = await ctx.trx
    .selectFrom('concerns')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Concern not found');
  const raisers = (await raisersOf(ctx.trx, [id])).get(id) ?? [];
  return { row, resource: concernResource(row, raisers), raisers };
}

/** A concern the cluster's mentor manages; anyone else learns nothing of it. */
async function managed(ctx: CommandContext, id: string) {
  const c = await load(ctx, id);
  ensure(ctx.actor, 'manage', c.resource, 'concern');
  return c;
}

async function recordTransition(ctx: CommandContext, c: ConcernRow, from: ConcernState | null, to: ConcernState) {
  await ctx.trx
    .insertInto('concernTransitions')
    .values({
      ...(await created(ctx)),
      concernId: c.id,
      groupId: c.groupId,
      fromState: from,
      toState: to,
      byPersonId: ctx.actor.personId,
      at: ctx.now,
    })
    .execute();
}

/**
 * Moves a concern by the lifecycle (core `concern-lifecycle.ts`) and keeps the transition (who,
 * when). Errors: `conflict` (409) when the lifecycle does not allow it from the current state.
 */
async function move(
  ctx: CommandContext,
  c: ConcernRow,
  t: ConcernTransition,
  changes: Partial<ConcernsTable> = {},
  reopenTo?: ReopenState,
) {
  const from = c.state as ConcernState;
  const to = nextConcernState(t, from, reopenTo);
  if (!to)
    throw new AppError('conflict', `A ${from.replace(/_/g, ' ')} concern cannot ${t}`, [
      { path: 'id', message: `is ${from}` },
    ]);
  const stamps: Partial<ConcernsTable> = {};
  if (to === 'discussed' && t !== 'reopen') stamps.discussedAt = ctx.now;
  if (to === 'resolved') stamps.resolvedAt = ctx.now;
  if (to === 'closed') stamps.closedAt = ctx.now;
  // Issue 9: "time to resolution = resolved_at/closed_at − raised_at, kept".
  if (to === 'resolved' || (to === 'closed' && c.resolutionDays === null && t !== 'merge'))
    stamps.resolutionDays = daysToResolution(c.raisedAt, ctx.now);
  const next = { ...c, ...stamps, ...changes, state: to, ...(await touched(ctx)) };
  await ctx.trx.updateTable('concerns').set(next).where('id', '=', c.id).execute();
  await recordTransition(ctx, c, from, to);
  return concernRecord(next);
}

/**
 * Recording a follow-up visit follows up the concerns it names (issue 9, point 4; probe findings 6
 * and E's flow): each concern of `groupId` among `concernIds` still waiting for its school visit
 * moves to `followed_up`, with the visit's id and the move kept like any other. Runs in the visit's
 * transaction; concerns already moved on are left as they are. Called by `visit.record`.
 */
export async function followUpByVisit(
  ctx: CommandContext,
  visitId: string,
  groupId: string,
  concernIds: readonly string[],
): Promise<void> {
  if (concernIds.length === 0) return;
  const rows = await ctx.trx
    .selectFrom('concerns')
    .selectAll()
    .where('groupId', '=', groupId)
    .where('id', 'in', [...concernIds])
    .where('state', '=', 'needs_follow_up')
    .where('deletedAt', 'is', null)
    .execute();
  for (const c of rows) await move(ctx, c, 'markFollowedUp', { followedUpAt: ctx.now, followedUpVisitId: visitId });
}

async function assertCategory(ctx: CommandContext, programId: string, category: string) {
  const program = await ctx.trx
    .selectFrom('programs')
    .select('settings')
    .where('id', '=', programId)
    .executeTakeFirst();
  const settings = typeof program?.settings === 'string' ? JSON.parse(program.settings) : program?.settings;
  if (!concernCategoriesOf({ settings }).some((k) => k.key === category))
    throw new AppError('validation_failed', 'Unknown concern category', [
      { path: 'category', message: `"${category}" is not a concern category of this program` },
    ]);
}

async function setDetails(ctx: CommandContext, id: string, changes: { description?: string; resolution?: string }) {
  await ctx.trx
    .updateTable('concernDetails')
    .set({ ...changes, ...(await touched(ctx)) })
    .where('id', '=', id)
    .execute();
}

/** The concerns commands, once for the REST routes and the sync push. */
export const concernHandlers: AreaHandlers<typeof concernsCore.commands> = {
  'concern.raise': async (ctx, input) => {
    const group = await findGroup(ctx.trx, input.groupId);
    if (!group) throw new AppError('not_found', 'Group not found');
    ensure(
      ctx.actor,
      'create',
      { type: 'concern', programId: group.programId, groupId: group.id, raiserPersonIds: [], sharedWithCluster: false },
      'group',
    );
    await assertCategory(ctx, group.programId, input.category);
    const showName = input.sharedWithCluster && input.showRaiserName;
    const row = {
      ...(await created(ctx, input.id)),
      programId: group.programId,
      groupId: group.id,
      category: input.category,
      subject: input.subject ?? null,
      grade: input.grade ?? null,
      state: 'raised',
      meetingId: null,
      agendaPosition: null,
      mergedIntoId: null,
      sharedWithCluster: input.sharedWithCluster ? 1 : 0,
      showRaiserName: showName ? 1 : 0,
      raisedAt: ctx.now,
      discussedAt: null,
      resolvedAt: null,
      closedAt: null,
      followUpSchoolUnitId: null,
      followUpBy: null,
      followedUpAt: null,
      followedUpVisitId: null,
      reopenedCount: 0,
      resolutionDays: null,
      withdrawnVersion: null,
    };
    await ctx.trx.insertInto('concerns').values(row).execute();
    const sync = { createdAt: ctx.now, updatedAt: ctx.now, deletedAt: null, version: row.version };
    await ctx.trx
      .insertInto('concernRaisers')
      .values({
        id: newId(),
        concernId: row.id,
        groupId: group.id,
        personId: ctx.actor.personId,
        showName: row.showRaiserName,
        raisedAt: ctx.now,
        viaMerge: 0,
        ...sync,
      })
      .execute();
    await ctx.trx
      .insertInto('concernDetails')
      .values({
        id: row.id,
        concernId: row.id,
        programId: group.programId,
        groupId: group.id,
        ownerPersonId: ctx.actor.personId,
        partnerPersonId: null,
        authorPersonId: ctx.actor.personId,
        visibility: input.sharedWithCluster ? 'group' : 'pair',
        description: input.description,
        resolution: null,
        ...sync,
      })
      .execute();
    await recordTransition(ctx, row, null, 'raised');
    return concernRecord(row);
  },

  'concern.update': async (ctx, input) => {
    const { row, resource } = await load(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'concern');
    if (row.state !== 'raised') throw new AppError('conflict', 'Only a concern not yet discussed can be edited');
    if (input.category !== undefined) await assertCategory(ctx, row.programId, input.category);
    const next = {
      ...row,
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.subject !== undefined ? { subject: input.subject } : {}),
      ...(input.grade !== undefined ? { grade: input.grade } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('concerns').set(next).where('id', '=', row.id).execute();
    if (input.description !== undefined) await setDetails(ctx, row.id, { description: input.description });
    return concernRecord(next);
  },

  'concern.share': async (ctx, input) => {
    const { row, resource } = await load(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'concern');
    const shared = input.sharedWithCluster ? 1 : 0;
    const showName = input.sharedWithCluster && input.showRaiserName ? 1 : 0;
    const sync = await touched(ctx);
    // The concern's flag mirrors its first raiser's choice; each raiser row keeps its own.
    const raisers = (await raisersOf(ctx.trx, [row.id])).get(row.id) ?? [];
    const first = raisers[0]?.personId === ctx.actor.personId;
    const mine = raisers.find((r) => r.personId === ctx.actor.personId);
    // Shown to fewer people: the cluster's devices must lose it (the pull resets them, ADR 0023).
    const narrower = (row.sharedWithCluster === 1 && shared === 0) || (mine?.showName === 1 && showName === 0);
    const next = {
      ...row,
      sharedWithCluster: shared,
      ...(first ? { showRaiserName: showName } : {}),
      ...(narrower ? { withdrawnVersion: sync.version } : {}),
      ...sync,
    };
    await ctx.trx.updateTable('concerns').set(next).where('id', '=', row.id).execute();
    await ctx.trx
      .updateTable('concernRaisers')
      .set({ showName, ...sync })
      .where('concernId', '=', row.id)
      .where('personId', '=', ctx.actor.personId)
      .execute();
    await ctx.trx
      .updateTable('concernDetails')
      .set({ visibility: shared ? 'group' : 'pair', ...sync })
      .where('id', '=', row.id)
      .execute();
    return concernRecord(next);
  },

  'concern.addToAgenda': async (ctx, input) => {
    const { row } = await managed(ctx, input.id);
    const meeting = await ctx.trx
      .selectFrom('meetings')
      .select(['id', 'groupId', 'status'])
      .where('id', '=', input.meetingId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!meeting || meeting.groupId !== row.groupId)
      throw new AppError('not_found', 'Meeting not found in this concern’s cluster');
    if (meeting.status === 'cancelled') throw new AppError('conflict', 'A cancelled meeting takes no agenda');
    if (!mayBeOnAgenda(row.state as ConcernState) || row.mergedIntoId)
      throw new AppError('conflict', 'Only a raised or discussed concern goes on an agenda');
    if (row.meetingId === meeting.id) return concernRecord(row);
    const last = await ctx.trx
      .selectFrom('concerns')
      .select((eb) => eb.fn.max('agendaPosition').as('max'))
      .where('meetingId', '=', meeting.id)
      .executeTakeFirst();
    const next = { ...row, meetingId: meeting.id, agendaPosition: Number(last?.max ?? 0) + 1, ...(await touched(ctx)) };
    await ctx.trx.updateTable('concerns').set(next).where('id', '=', row.id).execute();
    return concernRecord(next);
  },

  'concern.orderAgenda': async (ctx, input) => {
    const onAgenda = await ctx.trx
      .selectFrom('concerns')
      .selectAll()
      .where('meetingId', '=', input.meetingId)
      .where('deletedAt', 'is', null)
      .orderBy('agendaPosition')
      .execute();
    const resources = new Map(
      [
        ...(await raisersOf(
          ctx.trx,
          onAgenda.map((c) => c.id),
        )),
      ].map(([id, r]) => [id, r]),
    );
    for (const c of onAgenda) ensure(ctx.actor, 'manage', concernResource(c, resources.get(c.id) ?? []), 'agenda');
    if (onAgenda.length === 0) throw new AppError('not_found', 'Agenda not found');
    const stray = input.concernIds.filter((id) => !onAgenda.some((c) => c.id === id));
    if (stray.length)
      throw new AppError('validation_failed', 'Order only the concerns on this meeting’s agenda', [
        { path: 'concernIds', message: `not on this agenda: ${stray.join(', ')}` },
      ]);
    const order = [
      ...input.concernIds.map((id) => onAgenda.find((c) => c.id === id) as ConcernRow),
      ...onAgenda.filter((c) => !input.concernIds.includes(c.id)),
    ];
    const sync = await touched(ctx);
    const out = [];
    for (const [i, c] of order.entries()) {
      const next = { ...c, agendaPosition: i + 1, ...sync };
      await ctx.trx
        .updateTable('concerns')
        .set({ agendaPosition: i + 1, ...sync })
        .where('id', '=', c.id)
        .execute();
      out.push(concernRecord(next));
    }
    return out;
  },

  'concern.merge': async (ctx, input) => {
    const source = await managed(ctx, input.id);
    const target = await managed(ctx, input.intoId);
    if (source.row.groupId !== target.row.groupId)
      throw new AppError('validation_failed', 'Merge concerns of one cluster', [
        { path: 'intoId', message: 'is a concern of another cluster' },
      ]);
    if (target.row.mergedIntoId || !mayBeOnAgenda(target.row.state as ConcernState))
      throw new AppError('conflict', 'Merge into a concern still raised or discussed');
    const sync = await touched(ctx);
    // Issue 9: "merge — raisers of both kept": each keeps their own choice to show their name.
    for (const r of source.raisers)
      if (!target.raisers.some((t) => t.personId === r.personId))
        await ctx.trx
          .insertInto('concernRaisers')
          .values({
            ...r,
            id: newId(),
            concernId: target.row.id,
            viaMerge: 1,
            createdAt: ctx.now,
            ...sync,
            deletedAt: null,
          })
          .execute();
    await ctx.trx.updateTable('concerns').set(sync).where('id', '=', target.row.id).execute();
    return move(ctx, source.row, 'merge', { mergedIntoId: target.row.id, meetingId: null, agendaPosition: null });
  },

  'concern.discuss': async (ctx, input) => move(ctx, (await managed(ctx, input.id)).row, 'discuss'),

  'concern.resolve': async (ctx, input) => {
    const { row } = await managed(ctx, input.id);
    const out = await move(ctx, row, 'resolve');
    await setDetails(ctx, row.id, { resolution: input.resolution });
    return out;
  },

  'concern.sendToFollowUp': async (ctx, input) => {
    const { row } = await managed(ctx, input.id);
    // The follow-up is a visit to one of the cluster's schools (probe of issue 9, finding 5): a
    // school elsewhere could never be visited for it.
    const group = await findGroup(ctx.trx, row.groupId);
    if (!group) throw new AppError('not_found', 'Group not found');
    await clusterSchoolPath(ctx, group, input.schoolUnitId);
    return move(ctx, row, 'sendToFollowUp', {
      followUpSchoolUnitId: input.schoolUnitId,
      followUpBy: input.followUpBy,
    });
  },

  'concern.markFollowedUp': async (ctx, input) => {
    const { row } = await managed(ctx, input.id);
    // Followed up means a recorded visit of this cluster that names this concern (probe of issue 9,
    // finding 6), not any id.
    const visit = await ctx.trx
      .selectFrom('visits')
      .select(['groupId', 'status', 'concernIds'])
      .where('id', '=', input.visitId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    const names = (visit ? (JSON.parse(visit.concernIds) as string[]) : []).includes(row.id);
    if (!visit || visit.groupId !== row.groupId || visit.status !== 'done' || !names)
      throw new AppError('validation_failed', 'Follow a concern up by a visit', [
        { path: 'visitId', message: 'not a recorded visit of this cluster that followed up this concern' },
      ]);
    return move(ctx, row, 'markFollowedUp', { followedUpAt: ctx.now, followedUpVisitId: input.visitId });
  },

  'concern.close': async (ctx, input) => move(ctx, (await managed(ctx, input.id)).row, 'close'),

  'concern.reopen': async (ctx, input) => {
    const { row, resource } = await load(ctx, input.id);
    ensure(ctx.actor, 'reopen', resource, 'concern');
    if (row.mergedIntoId) throw new AppError('conflict', 'A concern merged into another is reopened through that one');
    return move(
      ctx,
      row,
      'reopen',
      { resolvedAt: null, closedAt: null, resolutionDays: null, reopenedCount: Number(row.reopenedCount) + 1 },
      input.to,
    );
  },
};
