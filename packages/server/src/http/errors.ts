import { AppError, type ErrorBody, type ErrorDetail } from '@mentora/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable';

export function zodDetails(
  issues: readonly z.core.$ZodIssue[] | readonly { path: readonly PropertyKey[]; message: string }[],
): ErrorDetail[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function body(code: ErrorBody['error']['code'], message: string, details: ErrorDetail[] = []): ErrorBody {
  return { error: { code, message, details } };
}

/**
 * One error shape for everything a client can send wrong; a 500 only for our own faults.
 * Fastify's own errors (bad JSON, wrong content type, oversize body; as `frameworkErrors` also a bad
 * URL escape and an over-long path parameter) are mapped to stable codes.
 */
export function errorHandler(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return reply.status(error.status).send(body(error.code, error.message, error.details));
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      path: [error.validationContext, v.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('.'),
      message: v.message ?? 'is invalid',
    }));
    return reply.status(400).send(body('validation_failed', 'The request is not valid', details));
  }
  if (isDatabaseUnavailable(error)) return unavailable(error, request, reply);
  const constraint = constraintViolation(error);
  if (constraint) return reply.status(constraint.status).send(body(constraint.code, constraint.message));
  const fe = error as FastifyError;
  const status = fe.statusCode ?? 500;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.code === 'FST_REQ_FILE_TOO_LARGE' || status === 413)
    return reply.status(413).send(body('payload_too_large', 'The request body is too large'));
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
    return reply.status(415).send(body('unsupported_media_type', 'Unsupported content type'));
  if (status === 414) return reply.status(414).send(body('uri_too_long', 'A path parameter is too long'));
  if (status === 429) return reply.status(429).send(body('rate_limited', fe.message));
  if (status >= 400 && status < 500) return reply.status(status).send(body('bad_request', fe.message));
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(body('internal', 'Something went wrong on the server'));
}

/**
 * The database is restarting, unreachable, locked or cannot write: 503 with Retry-After (seconds),
 * so clients retry and devices keep their outbox; a warning, not an error, since it is not our bug.
 */
function unavailable(error: Error, request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ err: error }, 'database unavailable');
  return reply
    .status(503)
    .header('retry-after', String(RETRY_AFTER_SECONDS))
    .send(body('unavailable', 'The database is not available just now; try again shortly'));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
}

/**
 * A safety net for races between a command's checks and its insert (two devices, two servers):
 * a unique or foreign-key violation is the client's conflict, not a server fault.
 */
export function constraintViolation(
  error: Error,
): { status: number; code: 'conflict' | 'validation_failed'; message: string } | null {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505')
    return { status: 409, code: 'conflict', message: 'This record conflicts with one that exists already' };
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503')
    return { status: 400, code: 'validation_failed', message: 'The request refers to a record that does not exist' };
  return null;
}
