import {
  AppError,
  CreateOrgUnit,
  can,
  itemsOf,
  MoveOrgUnit,
  OrgUnitDetailOut,
  OrgUnitOut,
  OrgUnitStatsOut,
  RenameOrgUnit,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, none, ok } from '../../http/responses';
import { getReadableProgram } from '../programs/queries';
import { ancestorsOf, getReadableOrgUnit, listChildren, orgUnitRowToOrgUnit, unitCounts } from './queries';
import { orgUnitStats } from './stats';

const ListQuery = z.strictObject({ programId: z.uuid(), parentId: z.uuid().optional() });

export async function orgRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['org'];
  const { db } = app.deps;

  r.get(
    '/api/org-units',
    { schema: { tags, querystring: ListQuery, response: ok(itemsOf(OrgUnitOut.extend({ childCount: z.number() }))) } },
    async (req) => {
      const actor = actorOf(req);
      await getReadableProgram(db, actor, req.query.programId);
      if (req.query.parentId) await getReadableOrgUnit(db, actor, req.query.parentId);
      return { items: await listChildren(db, actor, req.query.programId, req.query.parentId ?? null) };
    },
  );

  r.get('/api/org-units/:id', { schema: { tags, params: IdParams, response: ok(OrgUnitDetailOut) } }, async (req) => {
    const unit = await getReadableOrgUnit(db, actorOf(req), req.params.id);
    const [ancestors, counts] = await Promise.all([ancestorsOf(db, unit), unitCounts(db, unit)]);
    return { unit: orgUnitRowToOrgUnit(unit), ancestors, ...counts };
  });

  r.get(
    '/api/org-units/:id/stats',
    { schema: { tags, params: IdParams, response: ok(OrgUnitStatsOut) } },
    async (req) => {
      const actor = actorOf(req);
      const unit = await getReadableOrgUnit(db, actor, req.params.id);
      // The unit is visible to this user (else 404 above); its figures are for officials only.
      if (!can(actor, 'read', { type: 'aggregate', programId: unit.programId, path: unit.path }))
        throw new AppError('forbidden', 'Statistics are for head teachers, officers and admins of this unit');
      return orgUnitStats(db, unit);
    },
  );

  r.post(
    '/api/org-units',
    { schema: { tags, body: CreateOrgUnit, response: created(OrgUnitOut) } },
    async (req, reply) => reply.status(201).send(await run(app, req, 'orgUnit.create', req.body)),
  );
  r.patch(
    '/api/org-units/:id',
    { schema: { tags, params: IdParams, body: RenameOrgUnit.omit({ id: true }), response: ok(OrgUnitOut) } },
    async (req) => run(app, req, 'orgUnit.rename', { ...req.body, id: req.params.id }),
  );
  r.post(
    '/api/org-units/:id/move',
    { schema: { tags, params: IdParams, body: MoveOrgUnit.omit({ id: true }), response: ok(OrgUnitOut) } },
    async (req) => run(app, req, 'orgUnit.move', { ...req.body, id: req.params.id }),
  );
  r.delete('/api/org-units/:id', { schema: { tags, params: IdParams, response: none } }, async (req, reply) => {
    await run(app, req, 'orgUnit.archive', { id: req.params.id });
    return reply.status(204).send(null);
  });
}
