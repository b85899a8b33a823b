import {
  ActionOut,
  ActionReviewOut,
  AddAction,
  CreateGoal,
  CreateTrainingModule,
  GoalOut,
  NeedOut,
  PlanOut,
  RecordNeed,
  ReviewAction,
  TrainingModuleOut,
  UpdateAction,
  UpdateGoal,
  UpdateNeed,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, ok } from '../../http/responses';
import { getReadableProgram } from '../programs/queries';
import { moduleRowToModule, readPlan } from './queries';

/** Needs, goals, actions and reviews over REST: each write runs the same command as a sync push. */
export async function planRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];
  const { db, clock } = app.deps;

  r.get('/api/persons/:id/plan', { schema: { tags, params: IdParams, response: ok(PlanOut) } }, async (req) =>
    readPlan(db, actorOf(req), req.params.id, clock),
  );

  r.post('/api/needs', { schema: { tags, body: RecordNeed, response: created(NeedOut) } }, async (req, reply) =>
    reply.status(201).send(await run(app, req, 'need.record', req.body)),
  );
  r.patch(
    '/api/needs/:id',
    { schema: { tags, params: IdParams, body: UpdateNeed.omit({ id: true }), response: ok(NeedOut) } },
    async (req) => run(app, req, 'need.update', { ...req.body, id: req.params.id }),
  );
  r.post('/api/needs/:id/close', { schema: { tags, params: IdParams, response: ok(NeedOut) } }, async (req) =>
    run(app, req, 'need.close', { id: req.params.id }),
  );

  r.post('/api/goals', { schema: { tags, body: CreateGoal, response: created(GoalOut) } }, async (req, reply) =>
    reply.status(201).send(await run(app, req, 'goal.create', req.body)),
  );
  r.patch(
    '/api/goals/:id',
    { schema: { tags, params: IdParams, body: UpdateGoal.omit({ id: true }), response: ok(GoalOut) } },
    async (req) => run(app, req, 'goal.update', { ...req.body, id: req.params.id }),
  );
  r.post(
    '/api/goals/:id/actions',
    { schema: { tags, params: IdParams, body: AddAction.omit({ goalId: true }), response: created(ActionOut) } },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'action.add', { ...req.body, goalId: req.params.id })),
  );
  r.patch(
    '/api/actions/:id',
    { schema: { tags, params: IdParams, body: UpdateAction.omit({ id: true }), response: ok(ActionOut) } },
    async (req) => run(app, req, 'action.update', { ...req.body, id: req.params.id }),
  );
  r.post(
    '/api/actions/:id/reviews',
    {
      schema: {
        tags,
        params: IdParams,
        body: ReviewAction.omit({ actionId: true }),
        response: created(ActionReviewOut),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'action.review', { ...req.body, actionId: req.params.id })),
  );

  r.get(
    '/api/programs/:id/training-modules',
    { schema: { tags, params: IdParams, response: ok(z.strictObject({ items: z.array(TrainingModuleOut) })) } },
    async (req) => {
      const program = await getReadableProgram(db, actorOf(req), req.params.id);
      const rows = await db
        .selectFrom('trainingModules')
        .selectAll()
        .where('programId', '=', program.id)
        .where('deletedAt', 'is', null)
        .orderBy('sortOrder')
        .orderBy('createdAt')
        .execute();
      return { items: rows.map(moduleRowToModule) };
    },
  );
  r.post(
    '/api/programs/:id/training-modules',
    {
      schema: {
        tags,
        params: IdParams,
        body: CreateTrainingModule.omit({ programId: true }),
        response: created(TrainingModuleOut),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'trainingModule.create', { ...req.body, programId: req.params.id })),
  );
}
