import { CreatePerson, listOf, PersonDetailOut, PersonOut, Role, UpdatePerson } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, run } from '../../http/context';
import { IdParams, Paging, Search } from '../../http/params';
import { created, none, ok } from '../../http/responses';
import { getReadableOrgUnit } from '../org/queries';
import { getReadableProgram } from '../programs/queries';
import { personDetail } from './detail';
import { listPersons } from './queries';

const ListQuery = z.strictObject({
  programId: z.uuid(),
  orgUnitId: z.uuid().optional(),
  q: Search,
  role: Role.optional(),
  ...Paging,
});

export async function personRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['persons'];
  const { db, clock } = app.deps;

  r.get('/api/persons', { schema: { tags, querystring: ListQuery, response: ok(listOf(PersonOut)) } }, async (req) => {
    const actor = actorOf(req);
    const { programId, orgUnitId, q, role, limit, offset } = req.query;
    await getReadableProgram(db, actor, programId);
    const unit = orgUnitId ? await getReadableOrgUnit(db, actor, orgUnitId) : null;
    return listPersons(
      db,
      actor,
      { programId, orgUnitPath: unit?.path ?? null, q: q || null, role: role ?? null, limit, offset },
      clock,
    );
  });

  r.get('/api/persons/:id', { schema: { tags, params: IdParams, response: ok(PersonDetailOut) } }, async (req) =>
    personDetail(db, actorOf(req), req.params.id, clock),
  );

  r.post('/api/persons', { schema: { tags, body: CreatePerson, response: created(PersonOut) } }, async (req, reply) =>
    reply.status(201).send(await run(app, req, 'person.create', req.body)),
  );
  r.patch(
    '/api/persons/:id',
    { schema: { tags, params: IdParams, body: UpdatePerson.omit({ id: true }), response: ok(PersonOut) } },
    async (req) => run(app, req, 'person.update', { ...req.body, id: req.params.id }),
  );
  r.delete('/api/persons/:id', { schema: { tags, params: IdParams, response: none } }, async (req, reply) => {
    await run(app, req, 'person.archive', { id: req.params.id });
    return reply.status(204).send(null);
  });
}
