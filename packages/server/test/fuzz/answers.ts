import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import type { OpenApiDoc, Operation, Schema } from './operations';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM interop.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/**
 * Checks answers against the OpenAPI document with Ajv (formats from ajv-formats): the schema of
 * the documented answer for the status (`200`, else `4XX`/`5XX`), and the error shape for every
 * 4xx/5xx whichever operation was asked. Returns a violation as text, or null.
 */
export function answerChecker(doc: OpenApiDoc) {
  // OpenAPI 3.0 schemas: `nullable` is Ajv's opt-in keyword; `example`-style extras are ignored.
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  const rewrite = (s: unknown) =>
    JSON.parse(JSON.stringify(s).replaceAll('"#/components/schemas/', '"mentora#/definitions/')) as Schema;
  ajv.addSchema({ $id: 'mentora', definitions: rewrite(doc.components?.schemas ?? {}) });
  const compiled = new Map<Schema, ValidateFunction>();
  const validator = (schema: Schema) => {
    let v = compiled.get(schema);
    if (!v) {
      v = ajv.compile(rewrite(schema));
      compiled.set(schema, v);
    }
    return v;
  };
  const errorShape = validator({ $ref: '#/components/schemas/Error' });

  return (op: Operation | null, method: string, res: LightMyRequestResponse): string | null => {
    if (method === 'HEAD') return null;
    const status = String(res.statusCode);
    const type = String(res.headers['content-type'] ?? '');
    const json = (): { ok: true; value: unknown } | { ok: false } => {
      try {
        return { ok: true, value: JSON.parse(res.body) };
      } catch {
        return { ok: false };
      }
    };
    if (res.statusCode >= 400) {
      const body = json();
      if (!type.startsWith('application/json') || !body.ok) return `${status} without a JSON error body`;
      return errorShape(body.value) ? null : `${status} not in the error shape: ${ajv.errorsText(errorShape.errors)}`;
    }
    if (!op || op.method !== method) return `${status} for an undocumented method`;
    const documented = op.responses[status] ?? op.responses[`${status[0]}XX`];
    if (!documented) return `${status} is not documented`;
    if (res.statusCode === 204) return res.body === '' ? null : '204 with a body';
    const schema = documented.content?.['application/json']?.schema;
    // Files (exports, upload content) are documented by their content type, not a JSON schema.
    if (!type.startsWith('application/json'))
      return schema && Object.keys(schema).length > 1 ? `${status} not JSON` : null;
    const body = json();
    if (!body.ok) return `${status} with a body that is not JSON`;
    if (!schema) return null;
    const v = validator(schema);
    return v(body.value) ? null : `${status} does not match its schema: ${ajv.errorsText(v.errors)}`;
  };
}
