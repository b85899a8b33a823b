import { FeedbackTakenOut, GiveFeedback, MeetingFeedbackOut, ProgramFeedbackOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, ok } from '../../http/responses';
import { meetingFeedback, programFeedback } from './queries';

/**
 * Thin routes: giving feedback (the same command a device pushes offline) and the aggregate reads.
 * No route answers a single rating (ADR 0022).
 */
export async function feedbackRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['feedback'];
  const { db, clock } = app.deps;

  r.post(
    '/api/meetings/:id/feedback',
    {
      schema: {
        tags,
        params: IdParams,
        body: GiveFeedback.omit({ id: true, meetingId: true }),
        response: created(FeedbackTakenOut),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'feedback.give', { ...req.body, meetingId: req.params.id })),
  );
  r.get(
    '/api/meetings/:id/feedback',
    { schema: { tags, params: IdParams, response: ok(MeetingFeedbackOut) } },
    async (req) => meetingFeedback(db, actorOf(req), req.params.id),
  );
  r.get(
    '/api/programs/:id/feedback',
    { schema: { tags, params: IdParams, response: ok(ProgramFeedbackOut) } },
    async (req) => programFeedback(db, actorOf(req), req.params.id, clock),
  );
}
