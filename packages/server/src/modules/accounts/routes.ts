import { CreateUser, IssueCode } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { run } from '../../http/context';
import { created, none } from '../../http/responses';

const UserIdParams = z.strictObject({ userId: z.uuid() });

/** docs/api.md "Accounts": logins for existing persons, one-time codes, disabling. */
export async function accountRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  r.post(
    '/api/accounts',
    {
      schema: {
        tags,
        body: CreateUser,
        response: created(z.looseObject({ userId: z.string(), login: z.string().nullable() })),
      },
    },
    async (req, reply) => {
      return reply.status(201).send(await run(app, req, 'account.create', req.body));
    },
  );

  r.post(
    '/api/accounts/:userId/codes',
    {
      schema: {
        tags,
        params: UserIdParams,
        body: IssueCode.omit({ userId: true }),
        response: created(z.looseObject({ code: z.string(), expiresAt: z.string() })),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'account.issueCode', { ...req.body, userId: req.params.userId })),
  );

  r.post(
    '/api/accounts/:userId/disabled',
    { schema: { tags, params: UserIdParams, body: z.strictObject({ disabled: z.boolean() }), response: none } },
    async (req, reply) => {
      await run(app, req, 'account.setDisabled', { ...req.body, userId: req.params.userId });
      return reply.status(204).send(null);
    },
  );
}
