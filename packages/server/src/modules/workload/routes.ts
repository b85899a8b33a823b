import { MentorWorkloadOut, TeamWorkloadOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today } from '../../clock';
import { actorOf } from '../../http/context';
import { IdParams } from '../../http/params';
import { ok } from '../../http/responses';
import { mentorWorkload, teamWorkload } from './queries';

const Month = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')
    .optional(),
});
const MentorParams = z.strictObject({ id: IdParams.shape.id, personId: IdParams.shape.id });

/** Workload figures (issue 9): a mentor's own month, and the program's mentors' team. Read-only. */
export async function workloadRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workload'];
  const { db, clock } = app.deps;
  const monthOf = (m: string | undefined) => m ?? today(clock).slice(0, 7);

  r.get(
    '/api/programs/:id/workload',
    { schema: { tags, params: IdParams, querystring: Month, response: ok(TeamWorkloadOut) } },
    async (req) => teamWorkload(db, actorOf(req), clock, req.params.id, monthOf(req.query.month)),
  );
  r.get(
    '/api/programs/:id/workload/:personId',
    {
      schema: {
        tags,
        params: MentorParams,
        querystring: Month,
        response: ok(MentorWorkloadOut.extend({ limits: TeamWorkloadOut.shape.limits })),
      },
    },
    async (req) =>
      mentorWorkload(db, actorOf(req), clock, req.params.id, req.params.personId, monthOf(req.query.month)),
  );
}
