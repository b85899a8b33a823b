import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../test/world';

/** Defect 8: a refused push and a pull write nothing, so nobody can claim a device id in advance. */
describe('sync requests that are refused, and pulls, do not write', () => {
  let w: World;
  let mentor: Client;
  let mentee: Client;
  beforeAll(async () => {
    w = await makeWorld();
    mentor = await w.as('mentor');
    mentee = await w.as('mentee');
  });
  afterAll(() => w.close());

  const syncState = async () => ({
    clients: await w.handle.db.selectFrom('syncClients').selectAll().orderBy('id').execute(),
    mutations: await w.handle.db
      .selectFrom('syncMutations')
      .selectAll()
      .orderBy('clientId')
      .orderBy('mutationId')
      .execute(),
  });
  const rename = (id: number, fullName: string) => ({
    id,
    name: 'person.update',
    args: { id: w.people.mentor, fullName },
  });

  it('a push refused with 409, an empty push and a pull of an unknown id leave sync_clients unchanged; the owner claims it later', async () => {
    const clientId = randomUUID();
    const before = await syncState();
    const gap = await mentee.send('POST', '/api/sync/push', { clientId, mutations: [rename(2, 'Taken')] });
    expect(gap.statusCode).toBe(409);
    const empty = await mentee.send('POST', '/api/sync/push', { clientId, mutations: [] });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ lastMutationId: 0, results: [] });
    const pulled = await mentee.get(`/api/sync/pull?clientId=${clientId}&cursor=0&pending=1`);
    expect(pulled.statusCode).toBe(200);
    expect(pulled.json()).toMatchObject({ lastMutationId: 0, reset: true, rejected: [] });
    expect(await syncState()).toEqual(before);

    const claim = await mentor.send('POST', '/api/sync/push', { clientId, mutations: [rename(1, 'Abdul Ghani')] });
    expect(claim.statusCode, claim.body).toBe(200);
    expect(claim.json().results[0].status).toBe('applied');
    const owner = await w.handle.db.selectFrom('syncClients').selectAll().where('id', '=', clientId).executeTakeFirst();
    expect(owner?.userId).toBe(mentor.me.userId);
    // Now it is the mentor's: the mentee is refused, and the refusal writes nothing either.
    const after = await syncState();
    expect((await mentee.get(`/api/sync/pull?clientId=${clientId}&cursor=0`)).statusCode).toBe(403);
    expect((await mentee.send('POST', '/api/sync/push', { clientId, mutations: [rename(2, 'x')] })).statusCode).toBe(
      403,
    );
    expect(await syncState()).toEqual(after);
  });

  it('a gap anywhere in a batch refuses the whole push before anything is applied', async () => {
    const clientId = randomUUID();
    const before = await syncState();
    const res = await mentor.send('POST', '/api/sync/push', {
      clientId,
      mutations: [rename(1, 'One'), rename(2, 'Two'), rename(4, 'Four')],
    });
    expect(res.statusCode).toBe(409);
    expect(await syncState()).toEqual(before);
  });

  it('a device that only pulls follows the changes without a reset and without being written down', async () => {
    const clientId = randomUUID();
    const first = (await mentor.get(`/api/sync/pull?clientId=${clientId}&cursor=0`)).json();
    expect(first.reset).toBe(true);
    const before = await syncState();
    const renamed = await mentor.send('PATCH', `/api/persons/${w.people.mentor}`, { fullName: 'Abdul Ghani Jamot' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const next = await mentor.get(`/api/sync/pull?clientId=${clientId}&cursor=${first.cursor}&scope=${first.scope}`);
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().reset).toBe(false);
    expect(next.json().changes.map((c: { t: string }) => c.t)).toContain('persons');
    expect((await syncState()).clients).toEqual(before.clients);
  });
});
