import {
  AppError,
  checkResponse,
  contentResource,
  findItem,
  type InstrumentDefinition,
  type NextStep,
  type ObservationStatus,
  type observationsCore,
} from '@mentora/core';
import { cycleContent as contentOf } from '@mentora/core/mutators';
import type { AreaHandlers } from '../../area';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { assertPair } from '../../content/pair';
import { contentResourceOf } from '../../content/resources';
import { parseJsonObject } from '../../db/json';
import { findGroup } from '../groups/queries';
import { insertAction } from '../plans/queries';
import {
  assertDirection,
  assertDistinctStepIds,
  assertSnapshotFitsClass,
  assertSnapshotsFit,
  assertTeachersNeeds,
} from './cycle-rules';
import { ensureDefaultInstrument, findVersion } from './instrument-queries';
import {
  detailsRowToDetails,
  findObservation,
  KIND,
  noteRowToNote,
  observationResource,
  observationRowToObservation,
  responseRowToResponse,
} from './queries';

type CycleCommands = Omit<
  typeof observationsCore.commands,
  'instrument.create' | 'instrument.saveDraft' | 'instrument.publish' | 'instrument.newVersion'
>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Statuses in which the lesson may still be observed (responses, notes, cancelling). */
const OPEN: readonly ObservationStatus[] = ['scheduled', 'pre_conference_done', 'observed'];

/** The observation with its details row, after checking `actor` may `update` both (ensure before every write). */
async function loadForUpdate(ctx: CommandContext, id: string) {
  const o = await findObservation(ctx.trx, id);
  if (!o) throw new AppError('not_found', 'Observation not found');
  ensure(ctx.actor, 'update', observationResource(o), 'observation');
  const details = await ctx.trx.selectFrom('observationDetails').selectAll().where('id', '=', id).executeTakeFirst();
  if (!details) throw new AppError('not_found', 'Observation not found');
  ensure(ctx.actor, 'update', await contentResourceOf(ctx.trx, 'observationDetails', KIND, details), 'observation');
  return { o, details };
}

function inStatus(status: string, allowed: readonly ObservationStatus[], message: string): void {
  if (!allowed.includes(status as ObservationStatus))
    throw new AppError('conflict', message, [{ path: 'id', message: `the observation is ${status}` }]);
}

function only(ctx: CommandContext, personId: string, message: string): void {
  if (ctx.actor.personId !== personId) throw new AppError('forbidden', message);
}

async function definitionOf(ctx: CommandContext, versionId: string): Promise<InstrumentDefinition> {
  const v = await findVersion(ctx.trx, versionId);
  if (!v) throw new AppError('not_found', 'Instrument version not found');
  return parseJsonObject<InstrumentDefinition>(v.definition);
}

/**
 * Which member roles each direction needs (issue 8, point 4: "mentor → mentee, mentee → mentor (a
 * mentor invites colleagues to observe their lesson), peer"): observer's role, observed's role.
 */
export const cycleHandlers: AreaHandlers<CycleCommands> = {
  'observation.schedule': async (ctx, input) => {
    const group = await findGroup(ctx.trx, input.groupId);
    if (!group) throw new AppError('not_found', 'Group not found');
    const resource = observationResource({ ...input, programId: group.programId, path: group.path });
    ensure(ctx.actor, 'create', resource, 'observation');
    if (input.observerPersonId === input.observedPersonId)
      throw new AppError('validation_failed', 'A teacher does not observe their own lesson', [
        { path: 'observedPersonId', message: 'same person as the observer' },
      ]);
    await assertPair(ctx, group.id, input.observedPersonId, input.observerPersonId);
    await assertDirection(ctx, group.id, input.observerPersonId, input.observedPersonId, input.direction);
    // A colleague's lesson is observed at their invitation: a peer never schedules an observation of
    // another peer on their own (probe finding 9). Mentor → mentee cycles are the mentor's to propose;
    // mentee → mentor ones either side's (seed: mentors "invite colleagues to observe" their lessons).
    if (input.direction === 'peer' && ctx.actor.personId !== input.observedPersonId)
      throw new AppError('forbidden', 'This observation is scheduled by the teacher who is observed (an invitation)', [
        { path: 'observedPersonId', message: 'only they invite observers' },
      ]);
    const meta = await created(ctx, input.id);
    let versionId: string;
    if (input.instrumentVersionId) {
      const v = await findVersion(ctx.trx, input.instrumentVersionId);
      if (!v || v.programId !== group.programId || v.publishedAt === null)
        throw new AppError('validation_failed', 'Choose a published instrument version of this program', [
          { path: 'instrumentVersionId', message: 'not a published version of this program' },
        ]);
      versionId = v.id;
    } else versionId = await ensureDefaultInstrument(ctx.trx, group.programId, { now: ctx.now, version: meta.version });
    const row = {
      ...meta,
      programId: group.programId,
      groupId: group.id,
      observerPersonId: input.observerPersonId,
      observedPersonId: input.observedPersonId,
      direction: input.direction,
      instrumentVersionId: versionId,
      scheduledFor: input.scheduledFor,
      status: 'scheduled',
      observedAt: null,
    };
    await ctx.trx.insertInto('observations').values(row).execute();
    await ctx.trx
      .insertInto('observationDetails')
      .values({
        ...meta,
        ...contentOf(row),
        focusItemKeys: '[]',
        focusNeedIds: '[]',
        subject: null,
        grade: null,
        topic: null,
        classSize: null,
        selfReflection: null,
        selfReflectedAt: null,
        observerReflection: null,
        observerReflectedAt: null,
        nextSteps: '[]',
      })
      .execute();
    return observationRowToObservation(row);
  },

  'observation.agreeFocus': async (ctx, input) => {
    const { o } = await loadForUpdate(ctx, input.id);
    inStatus(o.status, ['scheduled', 'pre_conference_done'], 'The focus is agreed before the lesson is observed');
    const def = await definitionOf(ctx, o.instrumentVersionId);
    const unknown = input.focusItemKeys.flatMap((k, i) =>
      findItem(def, k) ? [] : [{ path: `focusItemKeys.${i}`, message: `no item "${k}" in this instrument version` }],
    );
    if (unknown.length) throw new AppError('validation_failed', 'Choose focus items of the instrument', unknown);
    await assertTeachersNeeds(ctx, input.focusNeedIds, o.observedPersonId);
    const t = await touched(ctx);
    await ctx.trx
      .updateTable('observationDetails')
      .set({
        focusItemKeys: JSON.stringify([...new Set(input.focusItemKeys)]),
        focusNeedIds: JSON.stringify([...new Set(input.focusNeedIds)]),
        ...t,
      })
      .where('id', '=', o.id)
      .execute();
    return setStatus(ctx, o, o.status === 'scheduled' ? 'pre_conference_done' : (o.status as ObservationStatus), {}, t);
  },

  'observation.record': async (ctx, input) => {
    const { o } = await loadForUpdate(ctx, input.id);
    inStatus(o.status, OPEN, 'This observation is closed');
    // A lesson is recorded as observed when it happened: not days ahead (a phone's wrong clock, a typo).
    if (input.observedAt && Date.parse(input.observedAt) > Date.parse(ctx.now) + DAY_MS)
      throw new AppError('validation_failed', 'A lesson cannot be observed in the future', [
        { path: 'observedAt', message: 'later than today' },
      ]);
    if (input.classSize !== undefined && input.classSize !== null) await assertSnapshotsFit(ctx, o.id, input.classSize);
    const t = await touched(ctx);
    const context = Object.fromEntries(
      (['subject', 'grade', 'topic', 'classSize'] as const).flatMap((k) =>
        input[k] === undefined ? [] : [[k, input[k]]],
      ),
    );
    await ctx.trx
      .updateTable('observationDetails')
      .set({ ...context, ...t })
      .where('id', '=', o.id)
      .execute();
    return o.status === 'observed'
      ? setStatus(ctx, o, 'observed', {}, t)
      : setStatus(ctx, o, 'observed', { observedAt: input.observedAt ?? ctx.now }, t);
  },

  'observation.respond': async (ctx, input) => {
    const { o } = await loadForUpdate(ctx, input.observationId);
    only(ctx, o.observerPersonId, 'Only the observer records responses');
    inStatus(o.status, OPEN, 'This observation is closed');
    const checked = checkResponse(await definitionOf(ctx, o.instrumentVersionId), input.itemKey, input.value);
    if (!checked.ok) throw new AppError('validation_failed', 'The answer does not fit the item', checked.issues);
    if (checked.response.type === 'time_on_task') await assertSnapshotFitsClass(ctx, o.id, checked.response.value);
    const content = contentOf(o);
    ensure(ctx.actor, 'create', contentResource({ ...content, kind: KIND, path: o.path }), 'observation');
    const existing = await ctx.trx
      .selectFrom('observationResponses')
      .selectAll()
      .where('observationId', '=', o.id)
      .where('itemKey', '=', input.itemKey)
      .executeTakeFirst();
    // The first response freezes the version: from now on it shows exactly what this observer answered.
    const t = await touched(ctx);
    await ctx.trx
      .updateTable('instrumentVersions')
      .set({ frozenAt: ctx.now, ...t })
      .where('id', '=', o.instrumentVersionId)
      .where('frozenAt', 'is', null)
      .execute();
    const value = JSON.stringify(checked.response.value);
    const comment = input.comment === undefined ? undefined : input.comment;
    if (existing) {
      const changes = { value, deletedAt: null, ...(comment === undefined ? {} : { comment }), ...t };
      await ctx.trx.updateTable('observationResponses').set(changes).where('id', '=', existing.id).execute();
      return responseRowToResponse({ ...existing, ...changes });
    }
    const row = {
      ...(await created(ctx, input.id)),
      ...content,
      observationId: o.id,
      itemKey: input.itemKey,
      itemType: checked.response.type,
      value,
      comment: comment ?? null,
    };
    await ctx.trx.insertInto('observationResponses').values(row).execute();
    return responseRowToResponse(row);
  },

  'observation.note': async (ctx, input) => {
    const { o } = await loadForUpdate(ctx, input.observationId);
    only(ctx, o.observerPersonId, 'Only the observer takes notes during the lesson');
    inStatus(o.status, OPEN, 'This observation is closed');
    const content = contentOf(o);
    ensure(ctx.actor, 'create', contentResource({ ...content, kind: KIND, path: o.path }), 'observation');
    const row = {
      ...(await created(ctx, input.id)),
      ...content,
      observationId: o.id,
      at: input.at ?? ctx.now,
      text: input.text,
    };
    await ctx.trx.insertInto('observationNotes').values(row).execute();
    return noteRowToNote(row);
  },

  'observation.selfReflect': async (ctx, input) => {
    const { o, details } = await loadForUpdate(ctx, input.id);
    only(ctx, o.observedPersonId, 'The self-reflection is written by the observed teacher');
    // Once the conference is closed (next steps agreed) its record stays as agreed (probe finding 4).
    inStatus(
      o.status,
      ['observed'],
      'The post-observation conference is open after the lesson is observed, until next steps are agreed',
    );
    // The observer answered this self-reflection: rewriting it now would change what they responded to.
    if (details.observerReflection)
      throw new AppError(
        'conflict',
        'The observer has already reflected on your self-reflection; add a portfolio entry instead',
        [{ path: 'selfReflection', message: 'the observer has reflected' }],
      );
    const changes = { selfReflection: input.selfReflection, selfReflectedAt: ctx.now, ...(await touched(ctx)) };
    await ctx.trx.updateTable('observationDetails').set(changes).where('id', '=', o.id).execute();
    return detailsRowToDetails({ ...details, ...changes });
  },

  'observation.reflect': async (ctx, input) => {
    const { o, details } = await loadForUpdate(ctx, input.id);
    only(ctx, o.observerPersonId, "The observer's reflection is written by the observer");
    inStatus(
      o.status,
      ['observed'],
      'The post-observation conference is open after the lesson is observed, until next steps are agreed',
    );
    // Kosovo cycle (issue 8, point 4): "the teacher's self-reflection first, then the observer's".
    if (!details.selfReflection)
      throw new AppError(
        'conflict',
        "The teacher reflects first: the observer's reflection can be added once the teacher's self-reflection is written",
        [{ path: 'observerReflection', message: 'waiting for the self-reflection' }],
      );
    const changes = {
      observerReflection: input.observerReflection,
      observerReflectedAt: ctx.now,
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('observationDetails').set(changes).where('id', '=', o.id).execute();
    return detailsRowToDetails({ ...details, ...changes });
  },

  'observation.agreeNextSteps': async (ctx, input) => {
    const { o, details } = await loadForUpdate(ctx, input.id);
    inStatus(o.status, ['observed'], 'Next steps are agreed once, after the lesson is observed');
    if (!details.selfReflection || !details.observerReflection)
      throw new AppError('conflict', 'Next steps are agreed after both reflections are written', [
        { path: 'nextSteps', message: 'waiting for the reflections' },
      ]);
    assertDistinctStepIds(input.nextSteps);
    const t = await touched(ctx);
    const steps: NextStep[] = [];
    // Issue 8, point 4: "agreed next steps that become actions in the plan" — the observed teacher's.
    for (const s of input.nextSteps) {
      const action = await insertAction(ctx, {
        id: s.id,
        programId: o.programId,
        groupId: o.groupId,
        ownerPersonId: o.observedPersonId,
        partnerPersonId: o.observerPersonId,
        observationId: o.id,
        title: s.title,
        assigneePersonId: o.observedPersonId,
        dueDate: s.dueDate,
      });
      steps.push({ title: s.title, dueDate: s.dueDate, actionId: action.id });
    }
    await ctx.trx
      .updateTable('observationDetails')
      .set({ nextSteps: JSON.stringify(steps), ...t })
      .where('id', '=', o.id)
      .execute();
    return setStatus(ctx, o, 'post_conference_done', {}, t);
  },

  'observation.cancel': async (ctx, input) => {
    const { o } = await loadForUpdate(ctx, input.id);
    inStatus(o.status, OPEN, 'A completed or cancelled observation cannot be cancelled');
    return setStatus(ctx, o, 'cancelled', {}, await touched(ctx));
  },
};

async function setStatus(
  ctx: CommandContext,
  o: NonNullable<Awaited<ReturnType<typeof findObservation>>>,
  status: ObservationStatus,
  extra: { observedAt?: string },
  t: { updatedAt: string; version: number },
) {
  const changes = { status, ...extra, ...t };
  await ctx.trx.updateTable('observations').set(changes).where('id', '=', o.id).execute();
  const { path: _p, ...row } = o;
  return observationRowToObservation({ ...row, ...changes });
}
