import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ChangePassword, LoginInput, RedeemCode } from '../model/user';
import { commandDefs } from './index';

interface Leaf {
  /** Where the string sits, arrays as index 0. */
  path: (string | number)[];
  /** A plain string (no uuid/email/date format): the text rule's own message must answer. */
  plain: boolean;
}

/** Every string field of a zod schema, found by walking its definition (zod 4 `_zod.def`). */
function stringLeaves(schema: z.ZodType, path: (string | number)[] = []): Leaf[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'string':
      return [{ path, plain: def.format === undefined }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
    case 'array':
      return stringLeaves(def.element as z.ZodType, [...path, 0]);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return stringLeaves(def.innerType as z.ZodType, path);
    case 'pipe':
      // The input side is what the client sends; a transform's output is ours.
      return stringLeaves(def.in as z.ZodType, path);
    default:
      return [];
  }
}

function inputWith(path: (string | number)[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [inputWith(rest, value)] : { [head as string]: inputWith(rest, value) };
}

const schemas: [string, z.ZodType][] = [
  ...Object.entries(commandDefs).map(([name, d]) => [name, d.input] as [string, z.ZodType]),
  // Not commands, but bodies every login screen sends (they reach the database as lookups).
  ['LoginInput', LoginInput],
  ['RedeemCode', RedeemCode],
  ['ChangePassword', ChangePassword],
];

describe('the text rule covers every string field of every command (defect 5)', () => {
  const cases = schemas.flatMap(([name, schema]) => stringLeaves(schema).map((leaf) => ({ name, schema, leaf })));

  it('finds the string fields (the walker is not blind)', () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(cases.some((c) => c.name === 'person.create' && c.leaf.path.join('.') === 'fullName')).toBe(true);
  });

  it.each(cases.map((c) => [`${c.name} ${c.leaf.path.join('.')}`, c] as const))('%s refuses a NUL', (_label, c) => {
    const r = c.schema.safeParse(inputWith(c.leaf.path, 'Ayesha\u0000Khan'));
    expect(r.success).toBe(false);
    const here = r.error?.issues.filter((i) => i.path.join('.') === c.leaf.path.join('.')) ?? [];
    expect(here.length).toBeGreaterThan(0);
    if (c.leaf.plain) expect(here.map((i) => i.message)).toContain('must not contain control character U+0000');
  });
});
