import { plansCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { contentResources } from '../../content/resources';
import { contentScope } from '../../content/scope';
import { planHandlers } from './commands';
import {
  actionRowToAction,
  goalRowToGoal,
  moduleRowToModule,
  needRowToNeed,
  PLAN_KINDS,
  reviewRowToReview,
} from './queries';
import { planRoutes } from './routes';

/**
 * Needs and action plans (issue 8, points 1–2). A device holds the plan rows its user may read as
 * content (ARCHITECTURE §3: the author, the pair, the group when its author chose so, shares) and
 * the training catalogue of its programs (configuration every member reads).
 */
export const plansArea: AreaDescriptor = {
  name: 'plans',
  commands: commandsOf(plansCore, planHandlers),
  routes: planRoutes,
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
      scope: (db, ws) => db.selectFrom('actions').selectAll().where(contentScope(ws)),
      toRecord: actionRowToAction,
      resources: (db, rows) => contentResources(db, 'actions', PLAN_KINDS.actions, rows),
    }),
    syncTable({
      table: 'actionReviews',
      scope: (db, ws) => db.selectFrom('actionReviews').selectAll().where(contentScope(ws)),
      toRecord: reviewRowToReview,
      resources: (db, rows) => contentResources(db, 'actionReviews', PLAN_KINDS.actionReviews, rows),
    }),
  ],
};
