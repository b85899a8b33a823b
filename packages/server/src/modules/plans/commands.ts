import {
  AppError,
  can,
  mayChooseVisibility,
  needAreasOf,
  type ProgramSettings,
  type plansCore,
  type Resource,
  type Visibility,
} from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { today } from '../../clock';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { assertPair } from '../../content/pair';
import { contentResourceOf, contentResources } from '../../content/resources';
import { currentMembership } from '../../db/current-membership';
import { parseJsonObject } from '../../db/json';
import { linkUpload } from '../uploads/store';
import {
  actionRowToAction,
  findPlanRow,
  goalRowToGoal,
  insertAction,
  moduleRowToModule,
  needRowToNeed,
  PLAN_KINDS,
  type PlanTable,
  reviewRowToReview,
} from './queries';

/** A live row of `table` the actor may update; otherwise not found (or forbidden when they may read it). */
async function load<T extends PlanTable>(ctx: CommandContext, table: T, id: string) {
  const row = await findPlanRow(ctx.trx, table, id);
  const what = table === 'needs' ? 'need' : 'action plan';
  if (!row) throw new AppError('not_found', `${what} not found`);
  ensure(ctx.actor, 'update', await contentResourceOf(ctx.trx, table, PLAN_KINDS[table], row), what);
  return row;
}

/**
 * A new record's pair: the author must be the teacher or their mentor (Kosovo: needs and plans are
 * agreed "with the teacher"), both current members of the group, the partner one of its mentors.
 * Errors: `not_found` for a group the actor is not in, `forbidden` for anyone but the two,
 * `validation_failed` for people who are not such a pair.
 */
async function pairFor(
  ctx: CommandContext,
  p: { groupId: string; ownerPersonId: string; partnerPersonId: string | null },
): Promise<{ programId: string }> {
  const me = ctx.actor.personId;
  const group = await ctx.trx
    .selectFrom('groups')
    .select(['programId'])
    .where('id', '=', p.groupId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!group || !ctx.actor.groups.some((g) => g.groupId === p.groupId))
    throw new AppError('not_found', 'Group not found');
  if (me !== p.ownerPersonId && me !== p.partnerPersonId)
    throw new AppError('forbidden', "Only the teacher or their mentor may write the teacher's plan");
  await assertPair(ctx, p.groupId, p.ownerPersonId, p.partnerPersonId);
  // The plan's partner is the teacher's mentor, not a colleague (peers observe each other, not plan).
  if (p.partnerPersonId !== null) {
    const mentor = await ctx.trx
      .selectFrom('groupMembers')
      .select('id')
      .where('groupId', '=', p.groupId)
      .where('personId', '=', p.partnerPersonId)
      .where('role', '=', 'mentor')
      .where(currentMembership(today(ctx.clock)))
      .executeTakeFirst();
    if (!mentor)
      throw new AppError('validation_failed', 'The partner of a plan is a mentor of the group', [
        { path: 'partnerPersonId', message: 'not a current mentor of the group' },
      ]);
  }
  return group;
}

/** The module must be one of the program's catalogue. Errors: `validation_failed` on `moduleId`. */
async function assertModule(ctx: CommandContext, programId: string, moduleId: string | null | undefined) {
  if (!moduleId) return;
  const m = await ctx.trx
    .selectFrom('trainingModules')
    .select('id')
    .where('id', '=', moduleId)
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!m)
    throw new AppError('validation_failed', 'Unknown training module', [
      { path: 'moduleId', message: 'not a module of this program' },
    ]);
}

/** Visibility is the author's choice (issue 8, point 7): the other of the pair may not widen or narrow it. */
/**
 * Who sees a record is its author's choice, and showing it to the whole group is the act of the
 * teacher it is about, on their own writing (core `mayChooseVisibility`, ADR 0021).
 * Errors: `forbidden`.
 */
function assertAuthorChoosesVisibility(
  ctx: CommandContext,
  row: { authorPersonId: string; ownerPersonId: string },
  visibility?: Visibility,
) {
  if (visibility !== undefined && !mayChooseVisibility(ctx.actor.personId, row, visibility))
    throw new AppError(
      'forbidden',
      visibility === 'group'
        ? 'Only the teacher it is about shows their own record to the group'
        : 'Only its author chooses who sees a record',
    );
}

/**
 * A need's area must be one of its program's need areas (`settings.needAreas`, else core's
 * `defaultNeedAreas`; issue 8, point 1: the list "is program configuration"), so every screen can
 * name it in the user's language (probe finding 3: "banana-split" was stored and shown raw).
 * Errors: `validation_failed` on `areaKey`, listing the program's keys.
 */
async function assertNeedArea(ctx: CommandContext, programId: string, key: string): Promise<void> {
  const program = await ctx.trx
    .selectFrom('programs')
    .select('settings')
    .where('id', '=', programId)
    .executeTakeFirst();
  const areas = needAreasOf(program ? { settings: parseJsonObject<ProgramSettings>(program.settings) } : null);
  if (!areas.some((a) => a.key === key))
    throw new AppError('validation_failed', 'Choose one of the program’s need areas', [
      { path: 'areaKey', message: `one of ${areas.map((a) => a.key).join(', ')}` },
    ]);
}

export const planHandlers: AreaHandlers<typeof plansCore.commands> = {
  'need.record': async (ctx, input) => {
    const { programId } = await pairFor(ctx, input);
    assertAuthorChoosesVisibility(
      ctx,
      { authorPersonId: ctx.actor.personId, ownerPersonId: input.ownerPersonId },
      input.visibility,
    );
    await assertNeedArea(ctx, programId, input.areaKey);
    await assertModule(ctx, programId, input.moduleId);
    const row = {
      ...(await created(ctx, input.id)),
      programId,
      groupId: input.groupId,
      ownerPersonId: input.ownerPersonId,
      partnerPersonId: input.partnerPersonId,
      authorPersonId: ctx.actor.personId,
      visibility: input.visibility,
      level: input.level,
      areaKey: input.areaKey,
      source: input.source,
      moduleId: input.moduleId,
      description: input.description,
      status: 'open',
      closedAt: null,
    };
    ensure(ctx.actor, 'create', await contentResourceOf(ctx.trx, 'needs', 'need', row), 'need');
    await ctx.trx.insertInto('needs').values(row).execute();
    return needRowToNeed(row);
  },

  'need.update': async (ctx, input) => {
    const need = await load(ctx, 'needs', input.id);
    if (input.areaKey !== undefined) await assertNeedArea(ctx, need.programId, input.areaKey);
    assertAuthorChoosesVisibility(ctx, need, input.visibility);
    await assertModule(ctx, need.programId, input.moduleId);
    const { id: _id, ...fields } = input;
    const changes = {
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('needs').set(changes).where('id', '=', need.id).execute();
    return needRowToNeed({ ...need, ...changes });
  },

  'need.close': async (ctx, input) => {
    const need = await load(ctx, 'needs', input.id);
    const changes = { status: 'closed', closedAt: need.closedAt ?? ctx.now, ...(await touched(ctx)) };
    await ctx.trx.updateTable('needs').set(changes).where('id', '=', need.id).execute();
    return needRowToNeed({ ...need, ...changes });
  },

  'goal.create': async (ctx, input) => {
    const { programId } = await pairFor(ctx, input);
    assertAuthorChoosesVisibility(
      ctx,
      { authorPersonId: ctx.actor.personId, ownerPersonId: input.ownerPersonId },
      input.visibility,
    );
    await assertNeeds(ctx, input.ownerPersonId, input.needIds);
    const row = {
      ...(await created(ctx, input.id)),
      programId,
      groupId: input.groupId,
      ownerPersonId: input.ownerPersonId,
      partnerPersonId: input.partnerPersonId,
      authorPersonId: ctx.actor.personId,
      visibility: input.visibility,
      title: input.title,
      needIds: JSON.stringify(input.needIds),
      status: 'open',
    };
    ensure(ctx.actor, 'create', await contentResourceOf(ctx.trx, 'goals', 'action_plan', row), 'action plan');
    await ctx.trx.insertInto('goals').values(row).execute();
    return goalRowToGoal(row);
  },

  'goal.update': async (ctx, input) => {
    const goal = await load(ctx, 'goals', input.id);
    if (input.needIds) await assertNeeds(ctx, goal.ownerPersonId, input.needIds);
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.needIds !== undefined ? { needIds: JSON.stringify(input.needIds) } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('goals').set(changes).where('id', '=', goal.id).execute();
    return goalRowToGoal({ ...goal, ...changes });
  },

  'action.add': async (ctx, input) => {
    // Adding a step changes the plan: whoever may update the goal (the pair) may add one.
    const goal = await load(ctx, 'goals', input.goalId);
    assertAssignee(goal, input.assigneePersonId);
    return insertAction(ctx, {
      id: input.id,
      programId: goal.programId,
      groupId: goal.groupId,
      ownerPersonId: goal.ownerPersonId,
      partnerPersonId: goal.partnerPersonId,
      visibility: goal.visibility,
      goalId: goal.id,
      title: input.title,
      assigneePersonId: input.assigneePersonId,
      dueDate: input.dueDate,
      status: input.status,
    });
  },

  'action.update': async (ctx, input) => {
    const action = await load(ctx, 'actions', input.id);
    if (input.assigneePersonId) assertAssignee(action, input.assigneePersonId);
    const { id: _id, ...fields } = input;
    const changes = {
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('actions').set(changes).where('id', '=', action.id).execute();
    return actionRowToAction({ ...action, ...changes });
  },

  'action.review': async (ctx, input) => {
    const action = await load(ctx, 'actions', input.actionId);
    // Evidence is the reviewer's own finished upload (a photo of a jointly prepared test, a lesson plan).
    for (const u of input.uploadIds) await linkUpload(ctx.trx, ctx.actor, u, ctx.now);
    const row = {
      ...(await created(ctx, input.id)),
      programId: action.programId,
      groupId: action.groupId,
      ownerPersonId: action.ownerPersonId,
      partnerPersonId: action.partnerPersonId,
      authorPersonId: ctx.actor.personId,
      visibility: action.visibility,
      actionId: action.id,
      text: input.text,
      uploadIds: JSON.stringify([...new Set(input.uploadIds)]),
    };
    await ctx.trx.insertInto('actionReviews').values(row).execute();
    return reviewRowToReview(row);
  },

  'trainingModule.create': async (ctx, input) => {
    // Program configuration: the program's admins change it (core policy `programs`, action update).
    const program = await ctx.trx
      .selectFrom('programs')
      .select('id')
      .where('id', '=', input.programId)
      .executeTakeFirst();
    if (!program) throw new AppError('not_found', 'Program not found');
    const resource: Resource = { type: 'program', programId: program.id };
    ensure(ctx.actor, 'update', resource, 'program');
    const row = {
      ...(await created(ctx, input.id)),
      programId: program.id,
      name: JSON.stringify(input.name),
      description: input.description === null ? null : JSON.stringify(input.description),
      sortOrder: input.sortOrder,
    };
    await ctx.trx.insertInto('trainingModules').values(row).execute();
    return moduleRowToModule(row);
  },
};

/** An action is done by one of the pair. Errors: `validation_failed` on `assigneePersonId`. */
function assertAssignee(pair: { ownerPersonId: string; partnerPersonId: string | null }, assignee: string) {
  if (assignee !== pair.ownerPersonId && assignee !== pair.partnerPersonId)
    throw new AppError('validation_failed', 'An action is done by the teacher or their mentor', [
      { path: 'assigneePersonId', message: 'not the teacher or the mentor of this plan' },
    ]);
}

/** A goal derives from live needs of the same teacher that the actor reads. Errors: `validation_failed` on `needIds`. */
async function assertNeeds(ctx: CommandContext, ownerPersonId: string, needIds: readonly string[]) {
  const unique = [...new Set(needIds)];
  const needs = await ctx.trx
    .selectFrom('needs')
    .selectAll()
    .where('id', 'in', unique)
    .where('ownerPersonId', '=', ownerPersonId)
    .where('deletedAt', 'is', null)
    .execute();
  const resources = await contentResources(ctx.trx, 'needs', 'need', needs);
  const readable = needs.filter((n) => {
    const r = resources.get(n.id);
    return r !== undefined && can(ctx.actor, 'read', r);
  });
  if (readable.length !== unique.length)
    throw new AppError('validation_failed', "A goal derives from the teacher's own needs", [
      { path: 'needIds', message: 'unknown need, or a need of another teacher' },
    ]);
}
