import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/harness';
import { buildApp, COMMANDS } from '../app';
import type { Clock } from '../clock';
import { testConfig } from '../config';
import type { DbHandle } from '../db/connect';
import { initDeployment } from './bootstrap';
import { recoverSystemAdmin } from './system-admin';

const NEW_PASSWORD = 'a long new password';

/** Issue 6: who becomes system admin, and how a lost one is recovered from the command line. */
describe('system admin: init and recovery', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  const clock: Clock = { now: () => new Date('2026-05-01T08:00:00.000Z') };
  const init = (program: string, adminLogin: string) =>
    initDeployment(handle.db, clock, COMMANDS, {
      program,
      model: 'cluster',
      levels: ['province', 'district'],
      root: `${program} root`,
      adminName: `${program} admin`,
      adminLogin,
    });
  const redeem = (login: string, code: string) =>
    app.inject({ method: 'POST', url: '/api/auth/redeem', payload: { login, code, newPassword: NEW_PASSWORD } });
  const audits = (action: string) =>
    handle.db
      .selectFrom('auditEvents')
      .select(['resourceId', 'details', 'actorUserId'])
      .where('action', '=', action)
      .execute();

  beforeAll(async () => {
    handle = await freshDb();
    app = await buildApp(testConfig(':memory:'), handle, clock);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('init makes the first admin of a new deployment system admin, and no later one', async () => {
    const first = await init('PTMP Quetta', 'first@example.org');
    expect(first.systemAdmin).toBe(true);
    const second = await init('Kosovo TLRT', '+38344111222');
    expect(second.systemAdmin).toBe(false);
    expect((await redeem(first.login, first.code)).json().systemAdmin).toBe(true);
    const me = (await redeem(second.login, second.code)).json();
    expect(me.systemAdmin).toBe(false);
    expect(me.roles[0]).toMatchObject({ role: 'program_admin', programName: 'Kosovo TLRT' });
    // The grant is on the record, done by the command line.
    expect(await audits('account.grantSystemAdmin')).toEqual([
      { resourceId: expect.any(String), details: JSON.stringify({ why: 'init' }), actorUserId: 'cli' },
    ]);
  });

  it('recovers a lost system admin: existing login, enabled again, old sessions ended, one-time code', async () => {
    // The Kosovo admin (a phone login) is made system admin after the first one was lost.
    const user = await handle.db
      .selectFrom('users')
      .selectAll()
      .where('loginPhone', '=', '+38344111222')
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('users')
      .set({ disabledAt: '2026-04-30T00:00:00.000Z' })
      .where('id', '=', user.id)
      .execute();
    const r = await recoverSystemAdmin(handle.db, clock, COMMANDS, ' +383 44 111 222 ');
    expect(r.login).toBe('+38344111222');
    const sessions = await handle.db.selectFrom('sessions').select('id').where('userId', '=', user.id).execute();
    expect(sessions).toEqual([]);
    const me = await redeem(r.login, r.code);
    expect(me.statusCode).toBe(200);
    expect(me.json().systemAdmin).toBe(true);
    // One-time: the same code does not work twice.
    expect((await redeem(r.login, r.code)).statusCode).toBe(401);
    const grants = await audits('account.grantSystemAdmin');
    expect(grants.map((g) => [g.resourceId, g.details])).toContainEqual([user.id, JSON.stringify({ why: 'recovery' })]);
  });

  it('refuses an unknown login and the login of an archived person, changing nothing', async () => {
    await expect(recoverSystemAdmin(handle.db, clock, COMMANDS, 'nobody@example.org')).rejects.toMatchObject({
      code: 'not_found',
    });
    const first = await handle.db
      .selectFrom('users')
      .select(['id', 'personId'])
      .where('loginEmail', '=', 'first@example.org')
      .executeTakeFirstOrThrow();
    await handle.db.updateTable('users').set({ isSystemAdmin: 0 }).where('id', '=', first.id).execute();
    await handle.db
      .updateTable('persons')
      .set({ deletedAt: clock.now().toISOString() })
      .where('id', '=', first.personId)
      .execute();
    await expect(recoverSystemAdmin(handle.db, clock, COMMANDS, 'first@example.org')).rejects.toMatchObject({
      code: 'not_found',
    });
    const after = await handle.db
      .selectFrom('users')
      .select('isSystemAdmin')
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(after.isSystemAdmin).toBe(0);
  });
});

describe('the sysadmin command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentora-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts', ...args], {
      env: { ...process.env, DATABASE_URL: join(dir, 'cli.sqlite'), LOG_LEVEL: 'silent' },
      cwd: join(import.meta.dirname, '../../../..'),
    });

  it('prints a reset code for an existing login and one clear line for an unknown one', async () => {
    await cli(
      'init',
      ...[
        '--program',
        'P',
        '--levels',
        'province',
        '--root',
        'R',
        '--admin-name',
        'A',
        '--admin-login',
        'a@example.org',
      ],
    );
    const ok = await cli('sysadmin', '--login', 'a@example.org');
    expect(ok.stdout).toMatch(/a@example\.org is now system admin\. Reset code: \S+ \(valid until /);
    const bad = await cli('sysadmin', '--login', 'b@example.org').catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 1, stderr: 'No account logs in with b@example.org\n' });
  }, 60_000);
});
