import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/world';
import type { Clock } from '../../clock';

describe('session expiry', () => {
  let now = new Date('2026-03-15T09:00:00.000Z');
  const clock: Clock = { now: () => now };
  let w: World;
  beforeAll(async () => {
    w = await makeWorld(clock);
  });
  afterAll(() => w.close());

  it('keeps a session for SESSION_TTL_HOURS (30 days by default) and then asks to log in again', async () => {
    const c = await w.as('mentor');
    now = new Date('2026-04-13T09:00:00.000Z'); // 29 days later: a mentor back from the field
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    now = new Date('2026-04-14T09:00:01.000Z'); // just past 30 days
    const res = await c.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('lets a login lock expire after its back-off', async () => {
    for (let i = 0; i < 5; i++)
      await w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'head@test.mentora', password: 'wrong' },
      });
    await expect(w.as('head')).rejects.toThrow(/429/);
    now = new Date(now.getTime() + 31_000);
    await expect(w.as('head')).resolves.toBeDefined();
  });
});
