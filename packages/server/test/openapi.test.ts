import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from './world';

describe('OpenAPI document', () => {
  let w: World;
  let doc: {
    paths: Record<
      string,
      Record<
        string,
        {
          responses?: Record<string, unknown>;
          security?: Record<string, string[]>[];
          requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
        }
      >
    >;
    components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
  };
  beforeAll(async () => {
    w = await makeWorld();
    doc = (await w.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(() => w.close());

  it('documents a success answer and the error shape for every operation', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, o]) =>
      Object.entries(o).map(([method, op]) => ({ at: `${method} ${path}`, codes: Object.keys(op.responses ?? {}) })),
    );
    expect(ops.length).toBeGreaterThanOrEqual(40);
    for (const op of ops) {
      expect(
        op.codes.some((c) => /^2/.test(c)),
        op.at,
      ).toBe(true);
      if (op.at !== 'get /api/health') expect(op.codes, op.at).toContain('4XX');
    }
  });

  it('resolves every $ref to a component', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(refs.length).toBeGreaterThan(20);
    for (const r of new Set(refs)) expect(doc.components?.schemas?.[r], r).toBeDefined();
  });

  it('documents the CSRF header on every cookie-authenticated write, and no session on public routes', () => {
    expect(doc.components?.securitySchemes?.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-csrf-token' });
    const PUBLIC = ['post /api/auth/login', 'post /api/auth/redeem', 'get /api/health', 'get /api/calendar/{file}'];
    let writes = 0;
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const at = `${method} ${path}`;
        if (PUBLIC.includes(at)) expect(op.security, at).toEqual([]);
        else if (['get', 'head'].includes(method)) expect(op.security, at).toEqual([{ session: [] }]);
        else {
          expect(op.security, at).toEqual([{ session: [], csrf: [] }]);
          writes++;
        }
      }
    expect(writes).toBeGreaterThan(20);
  });

  it('documents the import’s multipart form and the upload chunk’s bytes', () => {
    const form = doc.paths['/api/programs/{programId}/imports/{kind}']?.post?.requestBody?.content;
    expect(Object.keys(form ?? {})).toEqual(['multipart/form-data']);
    expect(form?.['multipart/form-data']?.schema).toMatchObject({
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    const chunk = doc.paths['/api/uploads/{id}']?.patch?.requestBody?.content;
    expect(Object.keys(chunk ?? {})).toEqual(['application/offset+octet-stream']);
    expect(chunk?.['application/offset+octet-stream']?.schema).toMatchObject({ type: 'string', format: 'binary' });
  });

  it('lists null in every nullable enum, as the API answers it (e.g. a person without a gender)', async () => {
    const nullable = [...JSON.stringify(doc).matchAll(/\{[^{}]*"nullable":true[^{}]*"enum":\[[^\]]*\][^{}]*\}/g)];
    expect(nullable.length).toBeGreaterThan(0);
    for (const [text] of nullable) expect(JSON.parse(text).enum, text).toContain(null);
  });

  it('serves a readable page for people', async () => {
    const page = await w.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});
