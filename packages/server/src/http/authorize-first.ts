import type { FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import type { z } from 'zod';

/**
 * A route's `preParsing` hook that runs a policy check before the body is read (issue 6,
 * defect 6): an upload from someone who may not send it is refused unread, whatever it holds, so a
 * broken body can neither cost a parse nor answer differently from a refusal. The session is loaded
 * by then (onRequest); path params are still raw, so they are checked with the route's own schema —
 * malformed ones are left to it (a 400 once the body is parsed). The check throws an AppError.
 */
export function authorizeFirst<S extends z.ZodType>(
  params: S,
  check: (request: FastifyRequest, params: z.output<S>) => Promise<unknown>,
) {
  return async (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload): Promise<RequestPayload> => {
    const parsed = params.safeParse(request.params);
    if (parsed.success) await check(request, parsed.data);
    return payload;
  };
}
