import { randomUUID } from 'node:crypto';
import {
  MAX_SYNC_CLIENTS_PER_USER,
  MAX_USER_PENDING_REJECTIONS,
  MAX_USER_STORED_ARGS_CHARS,
  MAX_USER_STORED_REJECTIONS,
  SYNC_CLIENT_STALE_DAYS,
} from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../test/world';
import type { Clock } from '../clock';
import { cleanup } from '../jobs/cleanup';

// Security probe B3: a plain teacher stored 24 MB of rejected changes by pushing from ever new
// device ids that never acknowledge. Per user: stored args, pending rejections and devices are capped.
describe('per-user caps on what rejected changes and new devices store', () => {
  let now = new Date('2026-03-15T09:00:00.000Z');
  const clock: Clock = { now: () => now };
  let w: World;
  let teacher: Client;
  beforeAll(async () => {
    w = await makeWorld(clock);
    teacher = await w.as('mentor');
  });
  afterAll(() => w.close());

  const junk = (count: number, from = 1) =>
    Array.from({ length: count }, (_, i) => ({
      id: from + i,
      name: 'person.update',
      args: { id: randomUUID(), junk: 'x'.repeat(7900) },
    }));
  const push = (clientId: string, mutations: unknown[], acknowledged?: number) =>
    teacher.send('POST', '/api/sync/push', { clientId, mutations, ...(acknowledged ? { acknowledged } : {}) });
  const userId = async () =>
    (
      await w.handle.db
        .selectFrom('users')
        .select('id')
        .where('personId', '=', w.people.mentor)
        .executeTakeFirstOrThrow()
    ).id;
  const stored = async () => {
    const rows = await w.handle.db
      .selectFrom('syncMutations')
      .innerJoin('syncClients', 'syncClients.id', 'syncMutations.clientId')
      .select(['syncMutations.args', 'syncMutations.clientId'])
      .where('syncClients.userId', '=', await userId())
      .where('syncMutations.status', '=', 'rejected')
      .execute();
    const withArgs = rows.filter((r) => r.args !== 'null');
    return { rows: rows.length, withArgs: withArgs.length, chars: withArgs.reduce((n, r) => n + r.args.length, 0) };
  };
  const clients: string[] = [];

  it('keeps the args of at most 200 rejections (1,000,000 characters) per user; beyond, the device keeps its copy', async () => {
    for (let p = 0; p < 3; p++) {
      const clientId = randomUUID();
      clients.push(clientId);
      const res = await push(clientId, junk(600));
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.json().results.every((r: { status: string }) => r.status === 'rejected')).toBe(true);
    }
    const s = await stored();
    expect(s.rows).toBe(1800);
    expect(s.withArgs).toBeLessThanOrEqual(MAX_USER_STORED_REJECTIONS);
    expect(s.chars).toBeLessThanOrEqual(MAX_USER_STORED_ARGS_CHARS);
    // The device is still told of every rejection; past the cap its args come back null.
    const pulled = await teacher.get(`/api/sync/pull?clientId=${clients[2]}&cursor=0&pending=1`);
    expect(pulled.json().rejected).toHaveLength(600);
    expect(pulled.json().rejected[599]).toMatchObject({ id: 600, args: null });
  });

  it(`refuses a push while ${MAX_USER_PENDING_REJECTIONS} rejections are not acknowledged, writing nothing; acknowledging frees it`, async () => {
    const clientId = randomUUID();
    clients.push(clientId);
    expect((await push(clientId, junk(600))).statusCode).toBe(200); // 2,400 now
    const before = await stored();
    const refused = await push(randomUUID(), junk(1));
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    const more = await push(clientId, junk(1, 601));
    expect(more.statusCode).toBe(429);
    expect(await stored()).toEqual(before);
    // The devices collect their rejections and say so: pushes go through again.
    for (const c of clients) expect((await push(c, [], 601)).statusCode).toBe(200);
    expect((await stored()).rows).toBe(0);
    expect((await push(clientId, junk(1, 601))).statusCode).toBe(200);
  });

  it(`refuses a new device beyond ${MAX_SYNC_CLIENTS_PER_USER} live ones with 429, writing nothing`, async () => {
    const uid = await userId();
    const live = async () =>
      (await w.handle.db.selectFrom('syncClients').select('id').where('userId', '=', uid).execute()).length;
    while ((await live()) < MAX_SYNC_CLIENTS_PER_USER) expect((await push(randomUUID(), junk(1))).statusCode).toBe(200);
    const clientId = randomUUID();
    const res = await push(clientId, junk(1));
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('too_many_devices');
    expect(await w.handle.db.selectFrom('syncClients').select('id').where('id', '=', clientId).execute()).toEqual([]);
    // A known device goes on working.
    expect((await push(clients[0] as string, junk(1, 601))).statusCode).toBe(200);
  });

  it(`forgets the rejections of devices not seen for ${SYNC_CLIENT_STALE_DAYS} days, and they no longer count`, async () => {
    const fresh = clients[0] as string;
    now = new Date(now.getTime() + (SYNC_CLIENT_STALE_DAYS - 1) * 86400_000);
    teacher = await w.as('mentor'); // the session of day one has expired
    expect((await push(fresh, junk(1, 602))).statusCode).toBe(200);
    now = new Date(now.getTime() + 2 * 86400_000);
    teacher = await w.as('mentor');
    await cleanup(w.handle.db, clock);
    const left = await w.handle.db
      .selectFrom('syncMutations')
      .select('clientId')
      .distinct()
      .where('status', '=', 'rejected')
      .execute();
    expect(left.map((r) => r.clientId)).toEqual([fresh]);
    expect((await push(randomUUID(), junk(1))).statusCode).toBe(200);
  });
});
