import { AssignRole, RoleAssignmentOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, none } from '../../http/responses';

/** docs/api.md "Role assignments": thin routes over `role.assign` and `role.revoke`. */
export async function roleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['roles'];
  r.post(
    '/api/role-assignments',
    { schema: { tags, body: AssignRole, response: created(RoleAssignmentOut) } },
    async (req, reply) => reply.status(201).send(await run(app, req, 'role.assign', req.body)),
  );
  r.delete('/api/role-assignments/:id', { schema: { tags, params: IdParams, response: none } }, async (req, reply) => {
    await run(app, req, 'role.revoke', { id: req.params.id });
    return reply.status(204).send(null);
  });
}
