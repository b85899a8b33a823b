/**
 * The API as the OpenAPI document describes it, in the shape the fuzzer needs: one entry per
 * operation with its parameters, request body and documented answers, `$ref`s resolved.
 */

export type Schema = Record<string, unknown>;

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** e.g. `post /api/persons/{id}` */
  at: string;
  method: string;
  path: string;
  params: Param[];
  body?: { contentType: string; schema: Schema };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface RawOperation {
  parameters?: Param[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Operation['responses'];
}

/** Replaces `#/components/schemas/X` references by the component (request schemas have no cycles). */
export function deref(schema: unknown, components: Record<string, Schema>, depth = 0): unknown {
  if (depth > 20 || schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((s) => deref(s, components, depth + 1));
  const ref = (schema as { $ref?: string }).$ref;
  if (typeof ref === 'string') return deref(components[ref.split('/').pop() ?? ''], components, depth + 1);
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, deref(v, components, depth + 1)]));
}

/** Every documented operation; the API docs pages themselves (HTML) are not part of the API. */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const components = doc.components?.schemas ?? {};
  return Object.entries(doc.paths)
    .filter(([path]) => !path.startsWith('/api/docs'))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
        return {
          at: `${method} ${path}`,
          method: method.toUpperCase(),
          path,
          params: (op.parameters ?? []).map((p) => ({ ...p, schema: deref(p.schema, components) as Schema })),
          ...(contentType && media ? { body: { contentType, schema: deref(media.schema, components) as Schema } } : {}),
          responses: op.responses ?? {},
        };
      }),
    );
}
