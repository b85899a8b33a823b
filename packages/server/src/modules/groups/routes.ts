import {
  CreateGroup,
  can,
  EndMembership,
  GroupDetailOut,
  GroupListItemOut,
  GroupMemberOut,
  GroupOut,
  listOf,
  UpdateGroup,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today } from '../../clock';
import { actorOf, run } from '../../http/context';
import { IdParams, Paging, Search } from '../../http/params';
import { created, none, ok } from '../../http/responses';
import { getReadableOrgUnit } from '../org/queries';
import { getReadableProgram } from '../programs/queries';
import { getReadableGroup, groupMembers, groupRowToGroup, listGroups } from './queries';

const ListQuery = z.strictObject({ programId: z.uuid(), orgUnitId: z.uuid().optional(), q: Search, ...Paging });
const MemberBody = z.strictObject({
  personId: z.uuid(),
  role: z.enum(['mentor', 'mentee']),
  startDate: z.iso.date(),
  endDate: z.iso.date().nullable().optional(),
});

export async function groupRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['groups'];
  const { db, clock } = app.deps;

  r.get(
    '/api/groups',
    { schema: { tags, querystring: ListQuery, response: ok(listOf(GroupListItemOut)) } },
    async (req) => {
      const actor = actorOf(req);
      const { programId, orgUnitId, q, limit, offset } = req.query;
      await getReadableProgram(db, actor, programId);
      const unit = orgUnitId ? await getReadableOrgUnit(db, actor, orgUnitId) : null;
      return listGroups(db, actor, {
        programId,
        orgUnitPath: unit?.path ?? null,
        q: q || null,
        limit,
        offset,
        day: today(clock),
      });
    },
  );

  r.get('/api/groups/:id', { schema: { tags, params: IdParams, response: ok(GroupDetailOut) } }, async (req) => {
    const actor = actorOf(req);
    const g = await getReadableGroup(db, actor, req.params.id);
    const { path, orgUnitName, ...row } = g;
    const resource = { type: 'group' as const, programId: g.programId, path, groupId: g.id };
    return {
      group: groupRowToGroup(row),
      orgUnit: { id: g.orgUnitId, name: orgUnitName },
      members: await groupMembers(db, g.id),
      may: { update: can(actor, 'update', resource), delete: can(actor, 'delete', resource) },
    };
  });

  r.post('/api/groups', { schema: { tags, body: CreateGroup, response: created(GroupOut) } }, async (req, reply) =>
    reply.status(201).send(await run(app, req, 'group.create', req.body)),
  );
  r.patch(
    '/api/groups/:id',
    { schema: { tags, params: IdParams, body: UpdateGroup.omit({ id: true }), response: ok(GroupOut) } },
    async (req) => run(app, req, 'group.update', { ...req.body, id: req.params.id }),
  );
  r.delete('/api/groups/:id', { schema: { tags, params: IdParams, response: none } }, async (req, reply) => {
    await run(app, req, 'group.archive', { id: req.params.id });
    return reply.status(204).send(null);
  });
  r.post(
    '/api/groups/:id/members',
    { schema: { tags, params: IdParams, body: MemberBody, response: created(GroupMemberOut) } },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'group.addMember', { ...req.body, groupId: req.params.id })),
  );
  r.post(
    '/api/group-members/:id/end',
    { schema: { tags, params: IdParams, body: EndMembership.omit({ id: true }), response: ok(GroupMemberOut) } },
    async (req) => run(app, req, 'group.endMembership', { ...req.body, id: req.params.id }),
  );
}
