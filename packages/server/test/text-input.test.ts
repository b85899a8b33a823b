import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/clock';
import { type Client, makeWorld, type World } from './world';

/**
 * Defect 5 (b, c): hostile text gets the same 4xx naming the field on SQLite and PostgreSQL,
 * through REST, through a sync push, and through bodies and query strings that are not commands.
 */
describe('the text rule at the edges (defect 5)', () => {
  let w: World;
  let admin: Client;
  let mentor: Client;
  beforeAll(async () => {
    w = await makeWorld();
    admin = await w.as('admin');
    mentor = await w.as('mentor');
  });
  afterAll(() => w.close());

  const refused = (res: LightMyRequestResponse, path: string, message: RegExp) => {
    expect(res.statusCode, res.body).toBe(400);
    const details: { path: string; message: string }[] = res.json().error.details;
    expect(
      details.some((d) => d.path === path && message.test(d.message)),
      res.body,
    ).toBe(true);
  };

  const hostile: [string, string, RegExp][] = [
    ['a NUL', 'Ayesha\u0000Khan', /control character U\+0000/],
    ['a C1 control', 'Ayesha\u0085Khan', /control character U\+0085/],
    ['an escape', 'Ayesha\u001b[31mKhan', /control character U\+001B/],
    ['an unpaired surrogate', 'Ayesha\ud800Khan', /unpaired surrogate/],
    ['a right-to-left override', 'Ayesha\u202eKhan', /bidirectional control U\+202E/],
    ['a first-strong isolate', 'Ayesha\u2068Khan', /bidirectional control U\+2068/],
    ['a leading byte order mark', '\ufeffAyesha Khan', /byte order mark/],
  ];

  it.each(hostile)('refuses %s in a name over REST, naming the field, and stores nothing', async (_k, name, msg) => {
    const before = await w.handle.db.selectFrom('persons').select('id').execute();
    const res = await admin.send('POST', '/api/persons', { programId: w.programId, fullName: name, schoolId: null });
    refused(res, 'body.fullName', msg);
    expect(await w.handle.db.selectFrom('persons').select('id').execute()).toHaveLength(before.length);
  });

  it.each(hostile)('rejects %s in a synced mutation and the outbox moves on', async (_k, name, msg) => {
    const clientId = randomUUID();
    const res = await mentor.send('POST', '/api/sync/push', {
      clientId,
      mutations: [
        // `base` differs from the stored name, so a conflict copy of the overwritten text is due:
        // the hostile text must be refused before that copy is written.
        { id: 1, name: 'person.update', args: { id: w.people.mentor, fullName: name }, base: { fullName: 'Older' } },
        { id: 2, name: 'person.update', args: { id: w.people.mentor, fullName: 'Abdul Ghani' } },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const [first, second] = res.json().results;
    expect(first.status).toBe('rejected');
    expect(
      first.error.details.some((d: { path: string; message: string }) => d.path === 'fullName' && msg.test(d.message)),
    ).toBe(true);
    expect(second.status).toBe('applied');
  });

  it('keeps real names in every program language exactly as typed', async () => {
    for (const fullName of ['عائشہ خان', 'Çlirim Krasniqi', 'Ђорђе Јовановић', 'Ayesha 👩🏽‍🏫']) {
      const res = await admin.send('POST', '/api/persons', { programId: w.programId, fullName, schoolId: null });
      expect(res.statusCode, res.body).toBe(201);
      const got = await admin.get(`/api/persons/${res.json().id}`);
      expect(got.json().person.fullName).toBe(fullName);
    }
  });

  it('answers 4xx, never 500, to a NUL in bodies and query strings that are not commands', async () => {
    const login = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'mentor\u0000@test.mentora', password: 'x' },
    });
    refused(login, 'body.login', /U\+0000/);
    const search = await admin.get(`/api/persons?programId=${w.programId}&q=${encodeURIComponent('Ay\u0000')}`);
    refused(search, 'querystring.q', /U\+0000/);
    const groups = await admin.get(`/api/groups?programId=${w.programId}&q=%E2%80%AEexe`);
    expect(groups.statusCode, groups.body).toBe(400);
    const upload = await mentor.send('POST', '/api/uploads', {
      id: newId(),
      filename: 'class\u0000.jpg',
      contentType: 'image/jpeg',
      size: 10,
    });
    refused(upload, 'body.filename', /U\+0000/);
    const redeem = await w.app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { login: 'mentor@test.mentora', code: '123\u0000456', newPassword: 'a long pass phrase' },
    });
    expect(redeem.statusCode, redeem.body).toBeLessThan(500);
    expect(redeem.statusCode).toBeGreaterThanOrEqual(400);
  });
});
