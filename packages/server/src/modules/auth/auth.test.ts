import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeWorld, PASSWORD, type World } from '../../../test/world';

describe('accounts and sessions', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('logs in with email and answers /me with roles and a CSRF token', async () => {
    const c = await w.as('mentor');
    const me = await c.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(
      me
        .json()
        .roles.map((r: { role: string }) => r.role)
        .sort(),
    ).toEqual(['mentor', 'teacher']);
    expect(me.json().csrfToken).toBe(c.csrfToken);
    expect(me.json().groups).toEqual([{ groupId: w.groupId, role: 'mentor' }]);
  });

  it('sets an httpOnly SameSite cookie', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'head@test.mentora', password: PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === 'mentora_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('refuses a wrong password with the error shape and no cookie', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'head@test.mentora', password: 'nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
    expect(res.cookies).toHaveLength(0);
  });

  it('locks a login after repeated failures and says when to retry', async () => {
    const tries = [];
    for (let i = 0; i < 6; i++)
      tries.push(
        (
          await w.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { login: 'researcher@test.mentora', password: `bad${i}` },
          })
        ).statusCode,
      );
    expect(tries.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(tries[5]).toBe(429);
    const locked = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'researcher@test.mentora', password: PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
  });

  it('rejects a cookie-authenticated write without the CSRF header and changes nothing', async () => {
    const c = await w.as('admin');
    const cookie = (
      await w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'admin@test.mentora', password: PASSWORD },
      })
    ).cookies[0];
    const res = await w.app.inject({
      method: 'PATCH',
      url: `/api/org-units/${w.units.s1.id}`,
      cookies: { mentora_session: cookie?.value ?? '' },
      payload: { name: 'Hijacked' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    const unit = await c.get(`/api/org-units/${w.units.s1.id}`);
    expect(unit.json().unit.name).toBe('GPS Uthal 1');
  });

  it('logs out: the cookie no longer works', async () => {
    const c = await w.as('head');
    expect((await c.send('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('lets an admin create a login for a teacher with a phone, issue an invite code, and the teacher set a password', async () => {
    const admin = await w.as('admin');
    const person = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'Naseem Bibi',
      phone: '0333-7654321',
      schoolId: w.units.s2.id,
    });
    expect(person.statusCode).toBe(201);
    const account = await admin.send('POST', '/api/accounts', { personId: person.json().id });
    expect(account.statusCode).toBe(201);
    expect(account.json().login).toBe('+923337654321');
    const code = await admin.send('POST', `/api/accounts/${account.json().userId}/codes`, { purpose: 'invite' });
    expect(code.statusCode).toBe(201);
    expect(code.json().code).toMatch(/^\d{8}$/);
    const wrong = await w.app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { login: '03337654321', code: '00000000', newPassword: 'a new password' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await w.app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { login: '0333 7654321', code: code.json().code, newPassword: 'a new password' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().fullName).toBe('Naseem Bibi');
    const again = await w.app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { login: '03337654321', code: code.json().code, newPassword: 'another password' },
    });
    expect(again.statusCode).toBe(401);
    await loginAs(w.app, '03337654321', 'a new password');
  });

  it('changes the own password, ending other sessions', async () => {
    const first = await w.as('otherOfficer');
    const second = await w.as('otherOfficer');
    expect(
      (await first.send('POST', '/api/auth/password', { currentPassword: 'wrong', newPassword: 'something new 1' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await first.send('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: 'something new 1' }))
        .statusCode,
    ).toBe(204);
    expect((await second.get('/api/auth/me')).statusCode).toBe(401);
    expect((await first.get('/api/auth/me')).statusCode).toBe(200);
    await loginAs(w.app, 'otherofficer@test.mentora', 'something new 1');
  });

  it('disabling an account ends its sessions', async () => {
    const admin = await w.as('admin');
    const mentee = await w.as('mentee');
    const detail = await admin.get(`/api/persons/${w.people.mentee}`);
    const userId = detail.json().account.userId;
    expect((await admin.send('POST', `/api/accounts/${userId}/disabled`, { disabled: true })).statusCode).toBe(204);
    expect((await mentee.get('/api/auth/me')).statusCode).toBe(401);
    await expect(w.as('mentee')).rejects.toThrow(/401/);
    expect((await admin.send('POST', `/api/accounts/${userId}/disabled`, { disabled: false })).statusCode).toBe(204);
    await w.as('mentee');
  });
});
