import {
  AppError,
  ContentShareOut,
  can,
  ReflectionDetailOut,
  ReflectionOut,
  ShareContent,
  UpdateReflectionFields,
  VisibilityBody,
  WriteReflection,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditReadsByShare } from '../../content/read-audit';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, none, ok } from '../../http/responses';
import { getReadableReflection, REFLECTIONS, reflectionRowToReflection } from './queries';
import { sharesOfRecord } from './sharing';

/** Portfolio entries and shares: each write maps to one command (the same ones a device queues offline). */
export async function reflectionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reflections'];
  const { db, clock } = app.deps;

  r.post(
    '/api/reflections',
    { schema: { tags, body: WriteReflection, response: created(ReflectionOut) } },
    async (req, reply) => reply.status(201).send(await run(app, req, 'reflection.write', req.body)),
  );
  r.get(
    '/api/reflections/:id',
    { schema: { tags, params: IdParams, response: ok(ReflectionDetailOut) } },
    async (req) => {
      const actor = actorOf(req);
      const { row, resource } = await getReadableReflection(db, actor, req.params.id);
      const mayShare = can(actor, 'share', resource);
      await auditReadsByShare(db, actor, clock, [
        { table: REFLECTIONS.table, rows: [row], resources: new Map([[row.id, resource]]) },
      ]);
      return {
        reflection: reflectionRowToReflection(row),
        // Whom it is shared with is the sharer's consent record (for a reflection, its author): only they see it.
        shares: mayShare ? await sharesOfRecord(db, actor.personId, REFLECTIONS.table, row.id) : [],
        may: { update: can(actor, 'update', resource), delete: can(actor, 'delete', resource), share: mayShare },
      };
    },
  );
  r.patch(
    '/api/reflections/:id',
    { schema: { tags, params: IdParams, body: UpdateReflectionFields, response: ok(ReflectionOut) } },
    async (req) => run(app, req, 'reflection.update', { ...req.body, id: req.params.id }),
  );
  r.put(
    '/api/reflections/:id/visibility',
    { schema: { tags, params: IdParams, body: VisibilityBody, response: ok(ReflectionOut) } },
    async (req) => run(app, req, 'reflection.setVisibility', { ...req.body, id: req.params.id }),
  );
  r.delete('/api/reflections/:id', { schema: { tags, params: IdParams, response: none } }, async (req, reply) => {
    await run(app, req, 'reflection.delete', { id: req.params.id });
    return reply.status(204).send(null);
  });

  r.post(
    '/api/content-shares',
    { schema: { tags, body: ShareContent, response: created(ContentShareOut) } },
    async (req, reply) => reply.status(201).send(await run(app, req, 'content.share', req.body)),
  );
  r.delete(
    '/api/content-shares/:id',
    { schema: { tags, params: IdParams, response: ok(ContentShareOut) } },
    async (req) => run(app, req, 'content.unshare', { id: req.params.id }),
  );
}

/** A route's refusal when the asker is not the person: 403 if they may see the person, else 404. */
export function notYours(mayReadPerson: boolean): AppError {
  return mayReadPerson
    ? new AppError('forbidden', 'Only its owner exports a portfolio')
    : new AppError('not_found', 'Person not found');
}
