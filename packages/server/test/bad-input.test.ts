import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, snapshot } from './checks';
import { type Client, makeWorld, type World } from './world';

type Route = { method: string; path: string; hasBody: boolean; isPublic: boolean };

describe('bad input on every route: a 4xx with the error shape, and no change', () => {
  let w: World;
  let admin: Client;
  let routes: Route[];
  const PUBLIC = ['/api/auth/login', '/api/auth/redeem', '/api/health', '/api/calendar/{file}'];

  beforeAll(async () => {
    w = await makeWorld();
    admin = await w.as('admin');
    const doc = (await w.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        hasBody: op.requestBody !== undefined,
        isPublic: PUBLIC.includes(path),
      })),
    );
  });
  afterAll(() => w.close());

  it('the OpenAPI document lists the routes of every area', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThanOrEqual(30);
    for (const p of [
      'POST /api/auth/login',
      'GET /api/persons',
      'POST /api/groups/{id}/members',
      'GET /api/org-units/{id}/stats',
      'POST /api/accounts',
    ])
      expect(paths).toContain(p);
  });

  const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);
  const write = (r: Route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method);

  it('answers 401 to every private route without a session', async () => {
    const before = await snapshot(w);
    for (const r of routes.filter((r) => !r.isPublic && r.path !== '/api/docs')) {
      const res = await w.app.inject({
        method: r.method as 'GET',
        url: fill(r.path, randomUUID()),
        payload: r.hasBody ? {} : undefined,
      });
      expectErrorShape(res, `${r.method} ${r.path}`);
      expect(res.statusCode, `${r.method} ${r.path}`).toBe(401);
    }
    expect(await snapshot(w)).toEqual(before);
  });

  it('rejects malformed ids, malformed JSON, wrong types, unknown fields, oversize bodies and wrong content types', async () => {
    const cookies = { mentora_session: '' };
    const login = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'admin@test.mentora', password: 'correct horse battery' },
    });
    cookies.mentora_session = login.cookies[0]?.value ?? '';
    const headers = { 'x-csrf-token': login.json().csrfToken as string };
    // Counted after signing in: the sign-in's own session and device rows are not a refused write.
    const before = await snapshot(w);
    const send = (r: Route, url: string, payload?: string | object, contentType = 'application/json') =>
      w.app.inject({
        method: r.method as 'POST',
        url,
        cookies,
        headers: payload === undefined ? headers : { ...headers, 'content-type': contentType },
        ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
      });
    let checked = 0;
    for (const r of routes) {
      if (r.path.startsWith('/api/docs') || r.path === '/api/auth/logout') continue;
      const ctx = `${r.method} ${r.path}`;
      if (r.path.includes('{')) {
        expectErrorShape(await send(r, fill(r.path, 'not-a-uuid'), r.hasBody ? {} : undefined), `${ctx} bad id`);
        expectErrorShape(await send(r, fill(r.path, "1' OR '1'='1"), r.hasBody ? {} : undefined), `${ctx} injected id`);
        checked += 2;
      }
      const url = fill(r.path, randomUUID());
      if (r.method === 'GET' && !r.path.includes('{')) {
        const res = await send(r, `${url}?unknownParam=1&limit=-5`);
        if (!['/api/health', '/api/openapi.json', '/api/auth/me', '/api/programs'].includes(r.path)) {
          expectErrorShape(res, `${ctx} bad query`);
          checked++;
        }
      }
      if (!r.hasBody || !write(r)) continue;
      if (r.path.includes('/imports/')) continue; // multipart: covered by the roster tests
      const cases: [string, string | object, string?][] = [
        ['malformed JSON', '{"name": '],
        ['an array body', '[1,2,3]'],
        ['a number body', '42'],
        ['wrong types', { name: 42, programId: true, personId: [], fullName: {}, login: 7, password: null }],
        ['unknown fields only', { surprise: 'field' }],
        ['a 2 MB body', { name: 'x'.repeat(2 * 1024 * 1024) }],
        ['text/plain', 'name=x', 'text/plain'],
      ];
      for (const [what, payload, type] of cases) {
        expectErrorShape(await send(r, url, payload, type), `${ctx} ${what}`);
        checked++;
      }
    }
    console.log(`bad-input: ${routes.length} routes, ${checked} bad requests checked`);
    expect(checked).toBeGreaterThan(100);
    expect(await snapshot(w)).toEqual(before);
  });

  it('rejects an unknown field next to valid ones', async () => {
    const before = await snapshot(w);
    const res = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'Valid Name',
      isAdmin: true,
    });
    expectErrorShape(res, 'unknown field');
    expect(res.json().error.code).toBe('validation_failed');
    expect(await snapshot(w)).toEqual(before);
  });

  it('answers 404 with the error shape for unknown API paths', async () => {
    const res = await admin.get('/api/does-not-exist');
    expectErrorShape(res, 'unknown path');
    expect(res.statusCode).toBe(404);
  });
});
