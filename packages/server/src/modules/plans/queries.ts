import {
  type ActionReview,
  type ActionStatus,
  type Actor,
  AppError,
  type ContentKind,
  can,
  type Goal,
  type GoalStatus,
  type LocalizedText,
  type Need,
  type NeedLevel,
  type NeedSource,
  type NeedStatus,
  overdueActions,
  type PlanAction,
  type TrainingModule,
  type Visibility,
} from '@mentora/core';
import { type Clock, today } from '../../clock';
import { type CommandContext, created } from '../../commands/context';
import { auditReadsByShare, type ReadBatch } from '../../content/read-audit';
import { type ContentParent, contentResources } from '../../content/resources';
import type { Db } from '../../db/connect';
import { currentMembership } from '../../db/current-membership';
import { parseJsonArray, parseJsonObject } from '../../db/json';
import type { ActionReviewRow, ActionRow, GoalRow, NeedRow, TrainingModuleRow } from './schema';

/** The content tables of the area and the content kind of their rows (issue 8 design). */
export const PLAN_KINDS = {
  needs: 'need',
  goals: 'action_plan',
  actions: 'action_plan',
  actionReviews: 'action_plan',
} as const satisfies Record<string, ContentKind>;
export type PlanTable = keyof typeof PLAN_KINDS;

const meta = <R extends NeedRow | GoalRow | ActionRow | ActionReviewRow>(r: R) => ({
  id: r.id,
  programId: r.programId,
  groupId: r.groupId,
  ownerPersonId: r.ownerPersonId,
  partnerPersonId: r.partnerPersonId,
  authorPersonId: r.authorPersonId,
  visibility: r.visibility as Visibility,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
  version: Number(r.version),
});

export const needRowToNeed = (r: NeedRow): Need => ({
  ...meta(r),
  level: r.level as NeedLevel,
  areaKey: r.areaKey,
  source: r.source as NeedSource,
  moduleId: r.moduleId,
  description: r.description,
  status: r.status as NeedStatus,
  closedAt: r.closedAt,
});
export const goalRowToGoal = (r: GoalRow): Goal => ({
  ...meta(r),
  title: r.title,
  needIds: parseJsonArray(r.needIds),
  status: r.status as GoalStatus,
});
export const actionRowToAction = (r: ActionRow): PlanAction => ({
  ...meta(r),
  goalId: r.goalId,
  observationId: r.observationId,
  title: r.title,
  assigneePersonId: r.assigneePersonId,
  dueDate: r.dueDate,
  status: r.status as ActionStatus,
});
export const reviewRowToReview = (r: ActionReviewRow): ActionReview => ({
  ...meta(r),
  actionId: r.actionId,
  text: r.text,
  uploadIds: parseJsonArray(r.uploadIds),
});
export const moduleRowToModule = (r: TrainingModuleRow): TrainingModule => ({
  id: r.id,
  programId: r.programId,
  name: parseJsonObject<LocalizedText>(r.name),
  description: r.description === null ? null : parseJsonObject<LocalizedText>(r.description),
  sortOrder: r.sortOrder,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
  version: Number(r.version),
});

interface PlanRows {
  needs: NeedRow;
  goals: GoalRow;
  actions: ActionRow;
  actionReviews: ActionReviewRow;
}

/** One live row of a plan table by id, or undefined. */
export async function findPlanRow<T extends PlanTable>(db: Db, table: T, id: string): Promise<PlanRows[T] | undefined> {
  // One table at a time: Kysely cannot type a query over a union of tables.
  const t = table as 'needs';
  const row = await db.selectFrom(t).selectAll().where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
  return row as PlanRows[T] | undefined;
}

/** Keeps the rows of one plan table `actor` may read (one batch of policy resources, STYLE: in bulk). */
async function readable<R extends NeedRow | GoalRow | ActionRow | ActionReviewRow>(
  db: Db,
  actor: Actor,
  table: PlanTable,
  rows: R[],
  parents: readonly ContentParent[],
  batches: ReadBatch[],
): Promise<R[]> {
  const resources = await contentResources(db, table, PLAN_KINDS[table], rows, parents);
  batches.push({ table, rows, resources, parents });
  return rows.filter((r) => {
    const res = resources.get(r.id);
    return res !== undefined && can(actor, 'read', res);
  });
}

/**
 * A teacher's plan as `actor` may read it (issue 8, point 2): their needs, goals with actions and
 * reviews, and agreed next steps not yet tied to a goal; every action carries `overdue` on the
 * clock's day (core `overdueActions`). Each row is checked with core's policy: an official, another
 * mentor or a colleague of the group reads nothing of the pair's. Errors: `not_found` when the actor
 * reads nothing of the plan and is not the teacher — the answer does not reveal that a plan exists.
 */
export async function readPlan(db: Db, actor: Actor, personId: string, clock: Clock) {
  const [needs, goals, actions, reviews] = await Promise.all([
    db
      .selectFrom('needs')
      .selectAll()
      .where('ownerPersonId', '=', personId)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('goals')
      .selectAll()
      .where('ownerPersonId', '=', personId)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('actions')
      .selectAll()
      .where('ownerPersonId', '=', personId)
      .where('deletedAt', 'is', null)
      .orderBy('dueDate')
      .execute(),
    db
      .selectFrom('actionReviews')
      .selectAll()
      .where('ownerPersonId', '=', personId)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute(),
  ]);
  const batches: ReadBatch[] = [];
  const [n, g, a, r] = await Promise.all([
    readable(db, actor, 'needs', needs, [], batches),
    readable(db, actor, 'goals', goals, [], batches),
    readable(db, actor, 'actions', actions, readWithGoal(actions), batches),
    readWithPlan(db, reviews).then((parents) => readable(db, actor, 'actionReviews', reviews, parents, batches)),
  ]);
  await auditReadsByShare(db, actor, clock, batches);
  if (n.length + g.length + a.length + r.length === 0 && !(await mayOpenPlan(db, actor, personId, clock)))
    throw new AppError('not_found', 'Plan not found');
  const overdue = new Set(overdueActions(a.map(actionRowToAction), today(clock)).map((x) => x.id));
  const planned = (x: ActionRow) => ({
    ...actionRowToAction(x),
    overdue: overdue.has(x.id),
    reviews: r.filter((v) => v.actionId === x.id).map(reviewRowToReview),
  });
  const goalIds = new Set(g.map((x) => x.id));
  return {
    personId,
    needs: n.map(needRowToNeed),
    goals: g.map((x) => ({ ...goalRowToGoal(x), actions: a.filter((y) => y.goalId === x.id).map(planned) })),
    otherActions: a.filter((y) => y.goalId === null || !goalIds.has(y.goalId)).map(planned),
    overdueCount: overdue.size,
  };
}

/** The teacher themself, or a current mentor of a group the teacher is a current member of. */
async function mayOpenPlan(db: Db, actor: Actor, personId: string, clock: Clock): Promise<boolean> {
  if (actor.personId === personId) return true;
  const mentored = actor.groups.filter((g) => g.role === 'mentor').map((g) => g.groupId);
  if (mentored.length === 0) return false;
  const m = await db
    .selectFrom('groupMembers')
    .select('id')
    .where('personId', '=', personId)
    .where('groupId', 'in', mentored)
    .where(currentMembership(today(clock)))
    .executeTakeFirst();
  return m !== undefined;
}

/** What `insertAction` needs: the pair's content columns, and the step itself. */
export interface NewAction {
  id?: string;
  programId: string;
  groupId: string | null;
  /** The teacher whose plan the action joins. */
  ownerPersonId: string;
  partnerPersonId: string | null;
  visibility?: Visibility;
  goalId?: string | null;
  /** The observation whose post-observation conference agreed the step. */
  observationId?: string | null;
  title: string;
  /** Who does it: the teacher or the mentor/observer. */
  assigneePersonId: string;
  /** ISO date YYYY-MM-DD. */
  dueDate: string;
  status?: ActionStatus;
}

/**
 * Writes one action into a teacher's plan inside the caller's transaction, authored by the actor.
 * For other areas that turn agreed steps into actions (observations: the post-observation
 * conference's next steps, issue 8 point 4). The caller has checked the pair (`assertPair`) and its
 * own policy; this does not. Returns the action as a device stores it.
 */
export async function insertAction(ctx: CommandContext, a: NewAction): Promise<PlanAction> {
  const row = {
    ...(await created(ctx, a.id)),
    programId: a.programId,
    groupId: a.groupId,
    ownerPersonId: a.ownerPersonId,
    partnerPersonId: a.partnerPersonId,
    authorPersonId: ctx.actor.personId,
    visibility: a.visibility ?? 'pair',
    goalId: a.goalId ?? null,
    observationId: a.observationId ?? null,
    title: a.title,
    assigneePersonId: a.assigneePersonId,
    dueDate: a.dueDate,
    status: a.status ?? 'planned',
  };
  await ctx.trx.insertInto('actions').values(row).execute();
  return actionRowToAction(row);
}

/** An action is read with its goal: a share of the action plan covers its steps (area doc comment). */
export function readWithGoal(rows: readonly Pick<ActionRow, 'id' | 'goalId'>[]): ContentParent[] {
  return [{ table: 'goals', ids: new Map(rows.flatMap((r) => (r.goalId ? [[r.id, r.goalId] as const] : []))) }];
}

/**
 * A review is read with its action and that action's goal (unless the action is its author's
 * alone): a share of either covers it. One query for the batch's actions.
 */
export async function readWithPlan(db: Db, rows: readonly Pick<ActionReviewRow, 'id' | 'actionId'>[]) {
  const actionIds = [...new Set(rows.map((r) => r.actionId))];
  const actions = actionIds.length
    ? await db.selectFrom('actions').select(['id', 'goalId', 'visibility']).where('id', 'in', actionIds).execute()
    : [];
  const goalOf = new Map(actions.flatMap((a) => (a.goalId && a.visibility !== 'author' ? [[a.id, a.goalId]] : [])));
  return [
    { table: 'actions', ids: new Map(rows.map((r) => [r.id, r.actionId])) },
    {
      table: 'goals',
      ids: new Map(rows.flatMap((r) => (goalOf.has(r.actionId) ? [[r.id, goalOf.get(r.actionId) as string]] : []))),
    },
  ] satisfies ContentParent[];
}

/** A portfolio entry's title of each goal `actor` may read as content (its title); others left out. */
export async function goalLinkTitles(db: Db, actor: Actor, ids: readonly string[]) {
  const rows = await db.selectFrom('goals').selectAll().where('id', 'in', ids).where('deletedAt', 'is', null).execute();
  const mine = await readable(db, actor, 'goals', rows, [], []);
  return new Map(mine.map((g) => [g.id, g.title]));
}

/** The catalogue's languages, in the order a module's name is taken when the asker's is unknown. */
const NAME_ORDER = ['en', 'sq', 'sr', 'ur'] as const;

/**
 * A portfolio entry's title of each training module whose program `actor` is a member of (program
 * configuration, read by every member): its name in the first language it has of en, sq, sr, ur.
 */
export async function moduleLinkTitles(db: Db, actor: Actor, ids: readonly string[]) {
  const rows = await db
    .selectFrom('trainingModules')
    .selectAll()
    .where('id', 'in', ids)
    .where('deletedAt', 'is', null)
    .execute();
  return new Map(
    rows.flatMap((r) => {
      if (!can(actor, 'read', { type: 'program', programId: r.programId })) return [];
      const name = parseJsonObject<LocalizedText>(r.name);
      const text = NAME_ORDER.map((l) => name[l]).find((t) => t);
      return text ? [[r.id, text] as const] : [];
    }),
  );
}
