import fc from 'fast-check';
import { generateSync } from 'json-schema-faker';
import { newId } from '../../src/clock';
import type { Operation, Param, Schema } from './operations';

/** One request the fuzzer sends; `payload` is sent as is, so hostile bytes reach the parser. */
export interface FuzzRequest {
  kind: 'valid' | 'hostile' | 'method' | 'long path';
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** Who sends it; by default the fuzzer takes turns among its roles. */
  as?: 'admin';
}

/** Real ids of the test world by kind: valid requests use them often, so they reach past "not found". */
export type IdPool = Record<
  'program' | 'unit' | 'person' | 'group' | 'user' | 'roleAssignment' | 'groupMember',
  string[]
>;

const KIND_OF_FIELD: Record<string, keyof IdPool> = {
  programId: 'program',
  orgUnitId: 'unit',
  parentId: 'unit',
  newParentId: 'unit',
  schoolId: 'unit',
  schoolUnitId: 'unit',
  personId: 'person',
  groupId: 'group',
  userId: 'user',
};
const KIND_OF_PATH: [string, keyof IdPool][] = [
  ['/api/programs/', 'program'],
  ['/api/org-units/', 'unit'],
  ['/api/persons/', 'person'],
  ['/api/groups/', 'group'],
  ['/api/role-assignments/', 'roleAssignment'],
  ['/api/group-members/', 'groupMember'],
];

/** A real id for a field or path param, or undefined to keep the generated (random) one. */
function realId(pool: IdPool, name: string, path: string, n: number): string | undefined {
  if (n % 4 === 0) return undefined;
  const kind = KIND_OF_FIELD[name] ?? (name === 'id' ? KIND_OF_PATH.find(([p]) => path.startsWith(p))?.[1] : undefined);
  const ids = kind ? pool[kind] : [];
  return ids.length > 0 ? ids[n % ids.length] : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Strings that have broken servers: NUL and other controls, lone surrogates, bidi overrides, BOM. */
const NASTY_TEXT = [
  'a\u0000b',
  '\u0000',
  '\u0001\u0002\u001b[31m\u007f',
  '\u0085\u009f',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  '\u2066iso\u2069',
  '\ufeffbom',
  '../../etc/passwd',
  "' OR 1=1 --",
  '%00%ff',
  '<script>alert(1)</script>',
  '\u0130\u0131\u00df\ufb01',
];

/** Odd values for any field: wrong types, huge strings, deep nesting, control characters. */
export function nastyValue(): fc.Arbitrary<unknown> {
  const deep = fc.integer({ min: 50, max: 3000 }).map((n) => {
    let v: unknown = 'bottom';
    for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
    return v;
  });
  return fc.oneof(
    { arbitrary: fc.constantFrom(...NASTY_TEXT), weight: 6 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
    fc.integer({ min: 1000, max: 300_000 }).map((n) => 'x'.repeat(n)),
    deep,
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-0)),
    fc.constantFrom(1e308, -1, 2 ** 53 + 1, Number.MIN_VALUE),
    fc.array(fc.anything(), { maxLength: 5 }),
    fc.object({ maxDepth: 3 }),
    fc.constant({ __proto__: { isAdmin: true }, constructor: { prototype: { x: 1 } } }),
  );
}

/** A JSON value generated from a schema by json-schema-faker, with id fields often pointed at real ids. */
export function validValue(schema: Schema, seed: number, pool: IdPool, path = ''): unknown {
  // New records need UUIDv7 ids (the document's pattern says so; the generator follows the format).
  const value = generateSync(schema, {
    seed,
    optionalsProbability: 0.6,
    maxDepth: 6,
    formats: { uuid: () => newId() },
  });
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v], i) => [
      k,
      typeof v === 'string' && UUID.test(v) && k !== 'id' ? (realId(pool, k, path, seed + i) ?? v) : v,
    ]),
  );
}

function paramValue(p: Param, seed: number, pool: IdPool, path: string): string {
  const id = p.in === 'path' && p.schema.format === 'uuid' ? realId(pool, p.name, path, seed) : undefined;
  if (id) return id;
  const v = validValue(p.schema, seed, pool);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Percent-encodes; a lone surrogate has no UTF-8 form, so it goes as the invalid bytes it would be. */
function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return `${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}%ED%A0%80`;
  }
}

function urlOf(op: Operation, path: Record<string, string>, query: Record<string, string>): string {
  const filled = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encode(path[name] ?? 'x'));
  const q = new URLSearchParams(query).toString();
  return q ? `${filled}?${q}` : filled;
}

function bodyOf(op: Operation, value: unknown, seed: number): { payload: string | Buffer; type: string } {
  const type = op.body?.contentType ?? 'application/json';
  if (type === 'multipart/form-data') {
    const boundary = `fuzz${seed}`;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const file = `full_name,phone,school_emis_code\r\n${text.slice(0, 2000)},0300123456${seed % 10},E-001\r\n`;
    return {
      type: `${type}; boundary=${boundary}`,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t.csv"\r\n\r\n${file}\r\n--${boundary}--\r\n`,
    };
  }
  if (type !== 'application/json') return { type, payload: Buffer.from(JSON.stringify(value ?? '')).subarray(0, 1000) };
  return { type, payload: JSON.stringify(value) ?? 'null' };
}

/** A request as a well-behaved client would send it: every value drawn from the document. */
export function validRequest(op: Operation, seed: number, pool: IdPool): FuzzRequest {
  const path: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  op.params.forEach((p, i) => {
    if (!p.required && (seed + i) % 3 === 0) return;
    const v = paramValue(p, seed + i, pool, op.path);
    if (p.in === 'path') path[p.name] = v;
    else if (p.in === 'query') query[p.name] = v;
    else headers[p.name] = v;
  });
  const req: FuzzRequest = { kind: 'valid', method: op.method, url: urlOf(op, path, query), headers };
  if (!op.body) return req;
  const { payload, type } = bodyOf(op, validValue(op.body.schema, seed, pool, op.path), seed);
  return { ...req, payload, headers: { ...headers, 'content-type': type } };
}

/**
 * A hostile variant of a valid request, drawn by fast-check: one field, param or query value
 * replaced by a nasty value, a body of the wrong type or broken JSON, a wrong content type.
 */
export function hostileRequest(op: Operation, pool: IdPool): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      how: fc.constantFrom('field', 'field', 'field', 'body', 'raw', 'cut', 'param', 'query', 'content-type'),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      value: nastyValue(),
      raw: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.integer({ min: 1, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
        fc.integer({ min: 1, max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
        fc.constantFrom('{"a": ', '', 'null', '"\\u0000"', '{"__proto__": {"x": 1}}', '\ufeff{}'),
      ),
      type: fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data',
        'application/json; charset=utf-16',
        '*/*',
        '',
      ),
    })
    .map(({ seed, how, cut, value, raw, type }) => {
      const base = validRequest(op, seed, pool);
      const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
      if (how === 'param' && op.params.some((p) => p.in === 'path')) {
        const path = Object.fromEntries(
          op.params.filter((p) => p.in === 'path').map((p) => [p.name, text.slice(0, 400)]),
        );
        return { ...base, kind: 'hostile', url: urlOf(op, path, {}) };
      }
      if (how === 'query') {
        const names = [...op.params.filter((p) => p.in === 'query').map((p) => p.name), 'unexpected'];
        const query = Object.fromEntries(names.map((n) => [n, text.slice(0, 5000)]));
        const path = Object.fromEntries(
          op.params.filter((p) => p.in === 'path').map((p) => [p.name, realId(pool, p.name, op.path, 1) ?? 'x']),
        );
        return { ...base, kind: 'hostile', url: urlOf(op, path, query) };
      }
      const headers = { ...base.headers, 'content-type': base.headers['content-type'] ?? 'application/json' };
      if (how === 'content-type')
        return { ...base, kind: 'hostile', headers: { ...headers, 'content-type': type }, payload: raw };
      if (how === 'raw') return { ...base, kind: 'hostile', headers, payload: raw };
      // A body cut short, as a dropped 2G connection leaves it: half a JSON text, a form without its end.
      if (how === 'cut' && base.payload !== undefined) {
        const bytes = Buffer.from(base.payload);
        return { ...base, kind: 'hostile', headers, payload: bytes.subarray(0, Math.floor(bytes.length * cut)) };
      }
      if (how === 'field' && op.body?.contentType === 'application/json') {
        const valid = validValue(op.body.schema, seed, pool, op.path);
        const keys = valid && typeof valid === 'object' ? Object.keys(valid) : [];
        const key = keys[seed % Math.max(keys.length, 1)] ?? 'name';
        const body = { ...(valid as object), [key]: value };
        return { ...base, kind: 'hostile', headers, payload: JSON.stringify(body) };
      }
      return { ...base, kind: 'hostile', headers, payload: JSON.stringify(value) ?? 'null' };
    });
}

/** Text every string field must survive (a 4xx or a stored value), never a 500. */
const FIELD_TEXT = [
  'a\u0000b',
  'x\ud800y',
  '\u202eevil\u202c',
  'a\u0001\u001b[2Jb',
  '\u0085',
  '\ufeffname',
  'y'.repeat(70_000),
];

/**
 * For an admin's valid body (so the request reaches the command and the database), each top-level
 * field in turn replaced by each of FIELD_TEXT: the poison-text matrix, deterministic for CI.
 */
export function fieldMatrix(op: Operation, seed: number, pool: IdPool): FuzzRequest[] {
  if (op.body?.contentType !== 'application/json') return [];
  const base = validRequest(op, seed, pool);
  const valid = validValue(op.body.schema, seed, pool, op.path);
  if (!valid || typeof valid !== 'object' || Array.isArray(valid)) return [];
  return Object.keys(valid).flatMap((key) =>
    FIELD_TEXT.map((text) => ({
      ...base,
      kind: 'hostile' as const,
      as: 'admin' as const,
      payload: JSON.stringify({ ...valid, [key]: text }),
    })),
  );
}

const ODD_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'SEARCH', 'TRACE', 'LOCK'];

/** Methods the path does not document (405 expected) and over-long params (414 expected). */
export function edgeRequests(op: Operation, documented: string[], pool: IdPool): FuzzRequest[] {
  const path = Object.fromEntries(
    op.params.filter((p) => p.in === 'path').map((p) => [p.name, realId(pool, p.name, op.path, 1) ?? 'x']),
  );
  const url = urlOf(op, path, {});
  const odd = ODD_METHODS.filter((m) => !documented.includes(m) && !(m === 'HEAD' && documented.includes('GET')));
  const requests: FuzzRequest[] = odd.map((method) => ({ kind: 'method', method, url, headers: {} }));
  if (Object.keys(path).length > 0)
    for (const filler of ['a'.repeat(250), 'é'.repeat(150), `${'%2e%2e%2f'.repeat(30)}`]) {
      const long = Object.fromEntries(Object.keys(path).map((k) => [k, filler]));
      requests.push({ kind: 'long path', method: op.method, url: urlOf(op, long, {}), headers: {} });
    }
  return requests;
}
