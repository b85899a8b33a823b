import { itemsOf, ProgramInput, ProgramOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, ok } from '../../http/responses';
import { getReadableProgram, listPrograms } from './queries';

export async function programRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programs'];
  r.get('/api/programs', { schema: { tags, response: ok(itemsOf(ProgramOut)) } }, async (req) => ({
    items: await listPrograms(app.deps.db, actorOf(req)),
  }));
  r.get('/api/programs/:id', { schema: { tags, params: IdParams, response: ok(ProgramOut) } }, async (req) =>
    getReadableProgram(app.deps.db, actorOf(req), req.params.id),
  );
  r.post('/api/programs', { schema: { tags, body: ProgramInput, response: created(ProgramOut) } }, async (req, reply) =>
    reply.status(201).send(await run(app, req, 'program.create', req.body)),
  );
  r.patch(
    '/api/programs/:id',
    { schema: { tags, params: IdParams, body: ProgramInput.partial(), response: ok(ProgramOut) } },
    async (req) => run(app, req, 'program.update', { ...req.body, id: req.params.id }),
  );
}
