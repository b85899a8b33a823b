import { PullQuery, PullResponseOut, PushRequest, PushResponseOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../http/context';
import { ok } from '../http/responses';
import { pull } from './pull';
import { push } from './push';

export async function syncRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sync'];
  const { db, clock, commands, syncTables } = app.deps;
  // A week of offline work with long reflections fits comfortably in 5 MB.
  r.post(
    '/api/sync/push',
    { bodyLimit: 5 * 1024 * 1024, schema: { tags, body: PushRequest, response: ok(PushResponseOut) } },
    async (req) => push({ db, clock, commands }, actorOf(req), req.body),
  );
  r.get('/api/sync/pull', { schema: { tags, querystring: PullQuery, response: ok(PullResponseOut) } }, async (req) =>
    pull({ db, clock, syncTables }, actorOf(req), req.query),
  );
}
