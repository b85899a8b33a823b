import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from './world';

describe('OpenAPI document', () => {
  let w: World;
  let doc: {
    paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    components?: { schemas?: Record<string, unknown> };
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

  it('serves a readable page for people', async () => {
    const page = await w.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});
