import { randomUUID } from 'node:crypto';
import { MAX_ARGS_BYTES, MAX_ARGS_DEPTH, MAX_STORED_ARGS_BYTES } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../test/world';

/** Defect 5 (a) and defect 7: poison mutations are rejected, small, and forgotten once acknowledged. */
describe('limits on what a push may carry and what a rejection keeps', () => {
  let w: World;
  let mentor: Client;
  beforeAll(async () => {
    w = await makeWorld();
    mentor = await w.as('mentor');
  });
  afterAll(() => w.close());

  /** Sends a raw JSON body: deep nesting cannot be built as a JS object and stringified here. */
  const pushRaw = (clientId: string, mutationsJson: string) =>
    w.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      cookies: mentor.cookies,
      headers: { 'x-csrf-token': mentor.csrfToken, 'content-type': 'application/json' },
      payload: `{"clientId":"${clientId}","mutations":${mutationsJson}}`,
    });
  const rename = (id: number, fullName: string) =>
    JSON.stringify({ id, name: 'person.update', args: { id: w.people.mentor, fullName } });
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const storedRows = (clientId: string) =>
    w.handle.db
      .selectFrom('syncMutations')
      .selectAll()
      .where('clientId', '=', clientId)
      .orderBy('mutationId')
      .execute();

  it('rejects args nested thousands of levels deep with a short reason; retries and later mutations go through', async () => {
    const clientId = randomUUID();
    const poison = `{"id":1,"name":"person.update","args":{"id":"${w.people.mentor}","fullName":${deep(20_000)}}}`;
    const batch = `[${poison},${rename(2, 'Abdul Ghani')}]`;
    const first = await pushRaw(clientId, batch);
    expect(first.statusCode, first.body.slice(0, 300)).toBe(200);
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'applied']);
    expect(first.json().results[0].error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'args', message: `must not be nested deeper than ${MAX_ARGS_DEPTH} levels` }],
    });
    const retry = await pushRaw(clientId, batch);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().results.map((r: { status: string }) => r.status)).toEqual(['skipped', 'skipped']);
    const rows = await storedRows(clientId);
    expect(rows[0]?.args).toBe('null');
    const pulled = await mentor.get(`/api/sync/pull?clientId=${clientId}&cursor=0&pending=1`);
    expect(pulled.statusCode).toBe(200);
    expect(pulled.json().rejected).toMatchObject([{ id: 1, args: null, error: { code: 'validation_failed' } }]);
  });

  it('rejects a deep `base` the same way', async () => {
    const clientId = randomUUID();
    const poison = `{"id":1,"name":"person.update","args":{"id":"${w.people.mentor}"},"base":{"fullName":${deep(5000)}}}`;
    const res = await pushRaw(clientId, `[${poison}]`);
    expect(res.statusCode).toBe(200);
    expect(res.json().results[0].status).toBe('rejected');
  });

  it('rejects args over the size limit without storing them', async () => {
    const clientId = randomUUID();
    const res = await pushRaw(clientId, `[${rename(1, 'x'.repeat(MAX_ARGS_BYTES))},${rename(2, 'Abdul Ghani')}]`);
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'applied']);
    expect(res.json().results[0].error.details[0].path).toBe('args');
    expect((await storedRows(clientId))[0]?.args).toBe('null');
  });

  it('stores a refused mutation small: args over the cap become null, a flood of details is cut short', async () => {
    const clientId = randomUUID();
    const junk = 'j'.repeat(100_000);
    const subjects = Array.from({ length: 2000 }, () => '\u0000');
    const res = await mentor.send('POST', '/api/sync/push', {
      clientId,
      mutations: [
        { id: 1, name: 'person.update', args: { id: w.people.mentor, junk } },
        { id: 2, name: 'person.update', args: { id: w.people.mentor, subjects } },
        { id: 3, name: 'person.update', args: { id: w.people.mentor, fullName: '' } },
        { id: 4, name: 'person.update', args: { id: w.people.mentor, fullName: 'Ab' } },
      ],
    });
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'applied',
    ]);
    const rows = await storedRows(clientId);
    for (const r of rows.slice(0, 2)) {
      expect(r.args.length + (r.error ?? '').length).toBeLessThan(MAX_STORED_ARGS_BYTES + 8 * 1024);
    }
    expect(rows[0]?.args).toBe('null');
    // Small refused args are kept as sent, so the device can show them even from another install.
    expect(JSON.parse(rows[2]?.args ?? '')).toEqual({ id: w.people.mentor, fullName: '' });
  });

  it('forgets rejections once the device has acknowledged them (its next push says its outbox starts after them)', async () => {
    const clientId = randomUUID();
    await mentor.send('POST', '/api/sync/push', {
      clientId,
      mutations: [{ id: 1, name: 'person.update', args: { id: w.people.mentor, junk: 'x'.repeat(5000) } }],
    });
    const pulled = await mentor.get(`/api/sync/pull?clientId=${clientId}&cursor=0&pending=1`);
    expect(pulled.json().rejected).toHaveLength(1);
    expect(await storedRows(clientId)).toHaveLength(1);
    // A push that only carries mutation 2 acknowledges nothing: a network may deliver batches out of order.
    const rename2 = { id: 2, name: 'person.update', args: { id: w.people.mentor, fullName: 'Abdul Ghani' } };
    await mentor.send('POST', '/api/sync/push', { clientId, mutations: [rename2] });
    expect(await storedRows(clientId)).toHaveLength(2);
    // The device stored the rejection and dropped mutation 1 from its outbox: its outbox starts at 2.
    const next = await mentor.send('POST', '/api/sync/push', { clientId, mutations: [rename2], acknowledged: 2 });
    expect(next.json().results[0].status).toBe('skipped');
    expect((await storedRows(clientId)).map((r) => [Number(r.mutationId), r.status])).toEqual([[2, 'applied']]);
  });

  it('rejects a command name that is no text (a NUL) and stores it as "?"', async () => {
    const clientId = randomUUID();
    const res = await pushRaw(
      clientId,
      `[{"id":1,"name":"person.update\\u0000","args":{}},${rename(2, 'Abdul Ghani')}]`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'applied']);
    expect(res.json().results[0].error.details[0].path).toBe('name');
    expect((await storedRows(clientId))[0]?.name).toBe('?');
  });

  it('answers a deeply nested REST body with a 400, not a 500', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/persons',
      cookies: mentor.cookies,
      headers: { 'x-csrf-token': mentor.csrfToken, 'content-type': 'application/json' },
      payload: `{"programId":"${w.programId}","fullName":${deep(20_000)}}`,
    });
    expect(res.statusCode).toBe(400);
  });
});
