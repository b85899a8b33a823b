import {
  AcknowledgedVisitOut,
  AcknowledgeVisitFields,
  PlanVisit,
  RecordedVisitOut,
  RecordVisitFields,
  UpdateVisit,
  VisitAcknowledgementOut,
  VisitCountsOut,
  VisitNoteOut,
  VisitOut,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, ok } from '../../http/responses';
import { getReadableVisit, visitRowToVisit } from './queries';
import { visitAcknowledgement, visitCounts, visitNote } from './reads';

/** Thin routes over the visit commands (also pushed by devices) and the reads. */
export async function visitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['visits'];
  const { db, clock } = app.deps;

  r.post('/api/visits', { schema: { tags, body: PlanVisit, response: created(VisitOut) } }, async (req, reply) =>
    reply.status(201).send(await run(app, req, 'visit.plan', req.body)),
  );
  r.get('/api/visits/:id', { schema: { tags, params: IdParams, response: ok(VisitOut) } }, async (req) =>
    visitRowToVisit((await getReadableVisit(db, actorOf(req), req.params.id)).row),
  );
  r.get('/api/visits/:id/note', { schema: { tags, params: IdParams, response: ok(VisitNoteOut) } }, async (req) =>
    visitNote(db, actorOf(req), req.params.id),
  );
  r.get(
    '/api/visits/:id/acknowledgement',
    { schema: { tags, params: IdParams, response: ok(VisitAcknowledgementOut) } },
    async (req) => visitAcknowledgement(db, actorOf(req), req.params.id),
  );
  r.patch(
    '/api/visits/:id',
    { schema: { tags, params: IdParams, body: UpdateVisit.omit({ id: true }), response: ok(VisitOut) } },
    async (req) => run(app, req, 'visit.update', { ...req.body, id: req.params.id }),
  );
  r.post('/api/visits/:id/cancel', { schema: { tags, params: IdParams, response: ok(VisitOut) } }, async (req) =>
    run(app, req, 'visit.cancel', { id: req.params.id }),
  );
  r.post(
    '/api/visits/:id/record',
    { schema: { tags, params: IdParams, body: RecordVisitFields, response: ok(RecordedVisitOut) } },
    async (req) => run(app, req, 'visit.record', { ...req.body, id: req.params.id }),
  );
  r.post(
    '/api/visits/:id/acknowledge',
    { schema: { tags, params: IdParams, body: AcknowledgeVisitFields, response: ok(AcknowledgedVisitOut) } },
    async (req) => run(app, req, 'visit.acknowledge', { ...req.body, id: req.params.id }),
  );
  r.get(
    '/api/org-units/:id/visit-counts',
    { schema: { tags, params: IdParams, response: ok(VisitCountsOut) } },
    async (req) => visitCounts(db, actorOf(req), clock, req.params.id),
  );
}
