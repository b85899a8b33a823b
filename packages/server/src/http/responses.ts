import { ErrorResponse } from '@mentora/core';
import { z } from 'zod';

/**
 * Building blocks for a route's `schema.response`: each route states what it answers beside its
 * handler. The OpenAPI document is built from them and the serializer checks every answer against
 * them (a mismatch is a server bug and fails the tests). Every route answers errors the same way.
 */
const errors = { '4xx': ErrorResponse, '5xx': ErrorResponse };

/** 200 with this shape. */
export const ok = (schema: z.ZodType) => ({ 200: schema, ...errors });
/** 201 with this shape (a record made). */
export const created = (schema: z.ZodType) => ({ 201: schema, ...errors });
/** 204, no body. */
export const none = { 204: z.null().describe('No content'), ...errors };
/** Files (exports, attachments): the body is the file, documented by its content type. */
export const file = {
  200: z.unknown().describe('The file: CSV, XLSX, or the uploaded bytes, by its content type'),
  ...errors,
};
/** 200 or 201 with this shape (an idempotent start: made now, or made before). */
export const okOrCreated = (schema: z.ZodType) => ({ 200: schema, 201: schema, ...errors });
