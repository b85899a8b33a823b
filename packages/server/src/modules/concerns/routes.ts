import {
  AddConcernToAgenda,
  ConcernOut,
  ConcernStatsOut,
  ConcernViewOut,
  itemsOf,
  MarkConcernFollowedUp,
  MergeConcernBody,
  OrderConcernAgendaBody,
  RaiseConcern,
  ReopenConcern,
  ResolveConcern,
  SendConcernToFollowUp,
  ShareConcernBody,
  UpdateConcern,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, ok } from '../../http/responses';
import { concernStats, concernView, groupConcerns, meetingAgenda } from './reads';

/** Thin routes over the concern commands (which also arrive by sync push) and reads. */
export async function concernRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['concerns'];
  const { db, clock } = app.deps;
  const byId = (name: string, path: string, body?: z.ZodObject) =>
    r.post(
      `/api/concerns/:id/${path}`,
      { schema: { tags, params: IdParams, ...(body ? { body } : {}), response: ok(ConcernOut) } },
      async (req) => run(app, req, name, { ...((req.body as object | undefined) ?? {}), id: req.params.id }),
    );

  r.get(
    '/api/groups/:id/concerns',
    { schema: { tags, params: IdParams, response: ok(itemsOf(ConcernViewOut)) } },
    async (req) => groupConcerns(db, actorOf(req), req.params.id, clock),
  );
  r.get('/api/concerns/:id', { schema: { tags, params: IdParams, response: ok(ConcernViewOut) } }, async (req) =>
    concernView(db, actorOf(req), req.params.id, clock),
  );
  r.get(
    '/api/meetings/:id/agenda',
    { schema: { tags, params: IdParams, response: ok(itemsOf(ConcernViewOut)) } },
    async (req) => meetingAgenda(db, actorOf(req), req.params.id, clock),
  );
  r.get(
    '/api/org-units/:id/concern-stats',
    { schema: { tags, params: IdParams, response: ok(ConcernStatsOut) } },
    async (req) => concernStats(db, actorOf(req), req.params.id, clock),
  );

  r.post('/api/concerns', { schema: { tags, body: RaiseConcern, response: created(ConcernOut) } }, async (req, reply) =>
    reply.status(201).send(await run(app, req, 'concern.raise', req.body)),
  );
  r.patch(
    '/api/concerns/:id',
    { schema: { tags, params: IdParams, body: UpdateConcern.omit({ id: true }), response: ok(ConcernOut) } },
    async (req) => run(app, req, 'concern.update', { ...req.body, id: req.params.id }),
  );
  r.put(
    '/api/meetings/:id/agenda',
    {
      schema: {
        tags,
        params: IdParams,
        body: OrderConcernAgendaBody,
        response: ok(z.array(ConcernOut)),
      },
    },
    async (req) => run(app, req, 'concern.orderAgenda', { ...req.body, meetingId: req.params.id }),
  );
  byId('concern.share', 'share', ShareConcernBody);
  byId('concern.addToAgenda', 'agenda', AddConcernToAgenda.omit({ id: true }));
  byId('concern.merge', 'merge', MergeConcernBody);
  byId('concern.discuss', 'discuss');
  byId('concern.resolve', 'resolve', ResolveConcern.omit({ id: true }));
  byId('concern.sendToFollowUp', 'follow-up', SendConcernToFollowUp.omit({ id: true }));
  byId('concern.markFollowedUp', 'followed-up', MarkConcernFollowedUp.omit({ id: true }));
  byId('concern.close', 'close');
  byId('concern.reopen', 'reopen', ReopenConcern.omit({ id: true }));
}
