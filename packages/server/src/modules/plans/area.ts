import { plansCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { contentResources } from '../../content/resources';
import { contentScope, sharedVia } from '../../content/scope';
import { planHandlers } from './commands';
import {
  actionRowToAction,
  goalLinkTitles,
  goalRowToGoal,
  moduleLinkTitles,
  moduleRowToModule,
  needRowToNeed,
  PLAN_KINDS,
  readWithGoal,
  readWithPlan,
  reviewRowToReview,
} from './queries';
import { planRoutes } from './routes';

/**
 * Needs and action plans (issue 8, points 1–2). A device holds the plan rows its user may read as
 * content (ARCHITECTURE §3: the author, the pair, the group when its author chose so, shares) and
 * the training catalogue of its programs (configuration every member reads).
 *
 * Sharing (`content.share`): a need on its own; a goal (the action plan) with its actions and
 * their reviews — what the teacher sees of it, including steps added later, all ended by the one
 * unshare; an action with its reviews. A row kept to its author alone is never covered.
 */
export const plansArea: AreaDescriptor = {
  name: 'plans',
  commands: commandsOf(plansCore, planHandlers),
  routes: planRoutes,
  contentTables: (Object.keys(PLAN_KINDS) as (keyof typeof PLAN_KINDS)[]).map((table) => ({
    table,
    kind: PLAN_KINDS[table],
  })),
  linkTitles: { goal: goalLinkTitles, module: moduleLinkTitles },
  syncTables: [
    syncTable({
      table: 'trainingModules',
      scope: (db, ws) => db.selectFrom('trainingModules').selectAll().where(inIds('programId', ws.programIds)),
      toRecord: moduleRowToModule,
      resources: async (_db, rows) =>
        new Map(rows.map((r): [string, Resource] => [r.id, { type: 'program', programId: r.programId }])),
    }),
    syncTable({
      table: 'needs',
      scope: (db, ws) => db.selectFrom('needs').selectAll().where(contentScope(ws)),
      toRecord: needRowToNeed,
      resources: (db, rows) => contentResources(db, 'needs', PLAN_KINDS.needs, rows),
    }),
    syncTable({
      table: 'goals',
      scope: (db, ws) => db.selectFrom('goals').selectAll().where(contentScope(ws)),
      toRecord: goalRowToGoal,
      resources: (db, rows) => contentResources(db, 'goals', PLAN_KINDS.goals, rows),
    }),
    syncTable({
      table: 'actions',
      scope: (db, ws) =>
        db
          .selectFrom('actions')
          .selectAll()
          .where((eb) => eb.or([contentScope(ws), sharedVia(ws, 'goalId')])),
      toRecord: actionRowToAction,
      resources: (db, rows) => contentResources(db, 'actions', PLAN_KINDS.actions, rows, readWithGoal(rows)),
    }),
    syncTable({
      table: 'actionReviews',
      // A review is read with its action, and so with the action's goal (subquery: one table still).
      scope: (db, ws) =>
        db
          .selectFrom('actionReviews')
          .selectAll()
          .where((eb) =>
            eb.or([
              contentScope(ws),
              sharedVia(ws, 'actionId'),
              eb.and([
                eb('visibility', '<>', 'author'),
                eb('actionId', 'in', db.selectFrom('actions').select('id').where(sharedVia(ws, 'goalId'))),
              ]),
            ]),
          ),
      toRecord: reviewRowToReview,
      resources: async (db, rows) =>
        contentResources(db, 'actionReviews', PLAN_KINDS.actionReviews, rows, await readWithPlan(db, rows)),
    }),
  ],
};
