/**
 * OpenAPI 3.0 reads `nullable: true` beside an `enum` as "the enum still decides": null is allowed
 * only when the enum lists it (OAS 3.0.3 §4.7.24.1, and how Ajv and most generators read it). The
 * zod conversion writes nullable enums without it, so the document refused answers like
 * `gender: null` that the API really gives — found by the OpenAPI fuzz test. This adds the null.
 */
export function withNullInNullableEnums<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withNullInNullableEnums) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = withNullInNullableEnums(v);
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out as T;
}
