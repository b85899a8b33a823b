import { connect } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/clock';
import { expectErrorShape } from './checks';
import { type Client, makeWorld, type World } from './world';

/** Sends raw bytes over a real socket (inject skips Node's HTTP parser) and returns the raw answer. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let out = '';
    socket.on('data', (d) => {
      out += d.toString('latin1');
    });
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

function errorOf(answer: string): { status: number; code: string; details: unknown } {
  const status = Number(answer.slice(9, 12));
  // Issue 6 retest B4: what Node's parser refuses is an /api answer too, so no-store as well.
  const head = answer.slice(0, answer.indexOf('\r\n\r\n')).toLowerCase();
  expect(head, answer.slice(0, 200)).toContain('cache-control: no-store');
  const rest = answer.slice(answer.indexOf('\r\n\r\n') + 4);
  const body = JSON.parse(rest.slice(0, rest.lastIndexOf('}') + 1));
  return { status, code: body.error?.code, details: body.error?.details };
}

/** Issue 6, defect 10: the framework's own answers come in the documented error shape too. */
describe('framework errors in the documented error shape', () => {
  let w: World;
  let admin: Client;
  beforeAll(async () => {
    w = await makeWorld();
    admin = await w.as('admin');
  });
  afterAll(() => w.close());

  const expectCode = (res: LightMyRequestResponse, status: number, code: string, what: string) => {
    expectErrorShape(res, what);
    expect(res.statusCode, what).toBe(status);
    expect(res.json().error.code, what).toBe(code);
    // Issue 6 retest B4: framework answers too carry no-store (admin guide §7).
    expect(res.headers['cache-control'], what).toBe('no-store');
  };

  it('answers a path parameter over 200 characters with 414 uri_too_long', async () => {
    expectCode(await admin.get(`/api/persons/${'a'.repeat(300)}`), 414, 'uri_too_long', 'long id');
    expectCode(await admin.send('PATCH', `/api/org-units/${'b'.repeat(201)}`, {}), 414, 'uri_too_long', 'long id');
  });

  it('answers a malformed percent-encoding with 400 bad_request', async () => {
    expectCode(await admin.get('/api/persons/%zz'), 400, 'bad_request', 'bad escape in a param');
    expectCode(await admin.get('/api/pers%E0%A4%A'), 400, 'bad_request', 'bad escape in the path');
  });

  it('answers an over-large body with 413 and an unknown content type with 415', async () => {
    const big = await w.app.inject({
      method: 'POST',
      url: '/api/persons',
      cookies: admin.cookies,
      headers: { 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      payload: `{"fullName":"${'x'.repeat(1024 * 1024 + 10)}"}`,
    });
    expectCode(big, 413, 'payload_too_large', 'over-large body');
    const xml = await w.app.inject({
      method: 'POST',
      url: '/api/persons',
      cookies: admin.cookies,
      headers: { 'x-csrf-token': admin.csrfToken, 'content-type': 'application/xml' },
      payload: '<person/>',
    });
    expectCode(xml, 415, 'unsupported_media_type', 'xml body');
  });

  /** Issue 6 retest B5: text/plain was parsed and validated (400), unlike XML or a form (415). */
  it('answers 415 for every content type an operation does not declare', async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const offered: [string, string][] = [
      ['text/plain', '{"fullName":"x"}'],
      ['text/plain; charset=utf-8', 'hello'],
      ['application/xml', '<a/>'],
      ['application/x-www-form-urlencoded', 'a=1'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
      ['application/json', '{}'],
      ['application/offset+octet-stream', 'bytes'],
      ['application/octet-stream', 'bytes'],
    ];
    // Real ids, so routes that authorize before reading the body (upload chunk, import) let it through.
    const uploadId = newId();
    const started = await admin.send('POST', '/api/uploads', {
      id: uploadId,
      filename: 'c.pdf',
      contentType: 'application/pdf',
      size: 10,
    });
    expect(started.statusCode).toBe(201);
    const idFor = (path: string, name: string) =>
      name === 'programId'
        ? w.programId
        : name === 'kind'
          ? 'teachers'
          : path.startsWith('/api/uploads')
            ? uploadId
            : w.people.mentee;
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>))
      for (const [method, op] of Object.entries(item as Record<string, { requestBody?: { content: object } }>)) {
        if (!op.requestBody) continue;
        const declared = Object.keys(op.requestBody.content);
        for (const [type, payload] of offered) {
          if (declared.includes(type.split(';')[0] as string)) continue;
          const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => idFor(path, name));
          const res = await w.app.inject({
            method: method.toUpperCase() as 'POST',
            url,
            cookies: admin.cookies,
            headers: { 'x-csrf-token': admin.csrfToken, 'content-type': type, 'upload-offset': '0' },
            payload,
          });
          expectCode(res, 415, 'unsupported_media_type', `${method} ${path} as ${type}`);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(100);
  });

  it('answers another method on a known path with 405 and an Allow header', async () => {
    const put = await admin.send('PUT', '/api/persons');
    expectCode(put, 405, 'method_not_allowed', 'PUT /api/persons');
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    const odd = await w.app.inject({
      method: 'PROPFIND',
      url: `/api/persons/${w.people.mentee}`,
      cookies: admin.cookies,
    });
    expectCode(odd, 405, 'method_not_allowed', 'PROPFIND /api/persons/:id');
    expect(odd.headers.allow).toBe('DELETE, GET, HEAD, PATCH');
    const unknown = await admin.send('PUT', '/api/nothing-here');
    expectCode(unknown, 404, 'not_found', 'unknown path');
    expect(unknown.headers.allow).toBeUndefined();
  });

  it('answers what Node’s HTTP parser refuses (odd method, huge header) in the error shape', async () => {
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (w.app.server.address() as { port: number }).port;
    const odd = errorOf(await raw(port, 'BREW /api/health HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect(odd).toMatchObject({ status: 400, code: 'bad_request', details: [] });
    const garbage = errorOf(await raw(port, '\u0000\u0001 nonsense\r\n\r\n'));
    expect(garbage).toMatchObject({ status: 400, code: 'bad_request' });
    const huge = errorOf(
      await raw(port, `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`),
    );
    expect(huge).toMatchObject({ status: 431, code: 'headers_too_large' });
  });
});

describe('a request arriving while the server shuts down', () => {
  it('gets 503 unavailable with Retry-After in the error shape', async () => {
    const w = await makeWorld();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A slow request keeps the connection busy, so the pipelined second one arrives during close.
    w.app.get('/api/test-slow', { config: { public: true } }, async () => {
      await held;
      return { ok: true };
    });
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (w.app.server.address() as { port: number }).port;
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => {
      text += d.toString('latin1');
    });
    const ended = new Promise((resolve) => socket.on('close', resolve));
    socket.write('GET /api/test-slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 100));
    const closed = w.app.close();
    await new Promise((r) => setTimeout(r, 50));
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
    release();
    await ended;
    await closed;
    await w.handle.close();
    const second = text.slice(text.indexOf('HTTP/1.1', 10));
    expect(text.slice(0, 12)).toBe('HTTP/1.1 200');
    expect(errorOf(second)).toMatchObject({ status: 503, code: 'unavailable', details: [] });
    expect(second.toLowerCase()).toContain('retry-after: 5');
    expect(second.toLowerCase()).toContain('cache-control: no-store');
  });
});
