import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/harness';
import { buildApp, COMMANDS } from '../app';
import type { Clock } from '../clock';
import { testConfig } from '../config';
import type { DbHandle } from '../db/connect';
import { initDeployment } from './bootstrap';
import { cleanup } from './cleanup';

describe('deployment jobs', () => {
  let handle: DbHandle;
  let now = new Date('2026-05-01T08:00:00.000Z');
  const clock: Clock = { now: () => now };
  beforeAll(async () => {
    handle = await freshDb();
  });
  afterAll(() => handle.close());

  it('init sets up a program whose first admin redeems the invite code and manages it', async () => {
    const r = await initDeployment(handle.db, clock, COMMANDS, {
      program: 'PTMP Quetta',
      model: 'cluster',
      levels: ['province', 'district', 'cluster', 'school'],
      root: 'Balochistan',
      adminName: 'Ayesha Khan',
      adminLogin: 'Ayesha@Example.org',
    });
    expect(r.login).toBe('ayesha@example.org');
    const app = await buildApp(testConfig(':memory:'), handle, clock);
    const redeem = await app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { login: r.login, code: r.code, newPassword: 'a long new password' },
    });
    expect(redeem.statusCode).toBe(200);
    expect(redeem.json().systemAdmin).toBe(true);
    expect(redeem.json().roles[0]).toMatchObject({
      role: 'program_admin',
      programName: 'PTMP Quetta',
      orgUnitName: 'Balochistan',
    });
    await expect(
      initDeployment(handle.db, clock, COMMANDS, {
        ...{
          program: 'PTMP Quetta',
          model: 'cluster',
          levels: ['province'],
          root: 'B',
          adminName: 'X',
          adminLogin: 'x@y.org',
        },
      }),
    ).rejects.toThrow(/exists/);
    await app.close();
  });

  it('cleanup removes expired sessions and keeps live ones', async () => {
    const app = await buildApp(testConfig(':memory:'), handle, clock);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'ayesha@example.org', password: 'a long new password' },
    });
    expect(login.statusCode).toBe(200);
    const count = async () =>
      Number(
        (
          await handle.db
            .selectFrom('sessions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect((await cleanup(handle.db, clock)).sessions).toBe(0);
    now = new Date(now.getTime() + 31 * 24 * 3600_000);
    expect((await cleanup(handle.db, clock)).sessions).toBe(before);
    expect(await count()).toBe(0);
    await app.close();
  });
});
