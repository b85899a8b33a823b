import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, PASSWORD, type World } from '../../../test/world';
import type { Clock } from '../../clock';

// Issue 6, defect 3: the back-off must reach its maximum and stay there (no fading after a quiet
// quarter hour), bounding guesses per login per day; and, following OWASP's "Slow Down Online
// Guessing Attacks with Device Cookies", a device where the user logged in before keeps working
// while untrusted clients are locked out.
const DAY = 24 * 3600_000;
const DEVICE = 'mentora_device';

describe('login back-off over time, and trusted devices', () => {
  let now = new Date('2026-03-15T09:00:00.000Z');
  const clock: Clock = { now: () => now };
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  let w: World;
  beforeAll(async () => {
    w = await makeWorld(clock);
  });
  afterAll(() => w.close());
  beforeEach(() => advance(2 * DAY)); // each test starts after every earlier lock and count is gone

  const login = (login: string, password: string, device?: string, ip = '127.0.0.1') =>
    w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password },
      remoteAddress: ip,
      ...(device ? { cookies: { [DEVICE]: device } } : {}),
    });
  const retryAfter = (res: LightMyRequestResponse): number =>
    Number(res.json().error.details.find((d: { path: string }) => d.path === 'retryAfterSeconds').message);
  const deviceCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === DEVICE);

  it('lets an untrusted guesser check at most 34 passwords per login in a day, the wait doubling to one hour', async () => {
    const end = now.getTime() + DAY;
    let checked = 0;
    const waits: number[] = [];
    // The fastest attacker: guess again the moment each lock ends, from ever new addresses.
    for (let i = 0; now.getTime() < end; i++) {
      const res = await login('officer@test.mentora', `guess ${i}`, undefined, `10.0.${i >> 8}.${i & 255}`);
      if (res.statusCode === 401) checked++;
      else {
        expect(res.statusCode).toBe(429);
        waits.push(retryAfter(res));
        advance(retryAfter(res) * 1000);
      }
    }
    expect(checked).toBe(34);
    expect(Math.max(...waits)).toBe(3600);
    expect(waits.slice(0, 8)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
  });

  it('does not forgive failures after a quiet quarter hour, only after a quiet day', async () => {
    for (let i = 0; i < 4; i++) expect((await login('head@test.mentora', `bad ${i}`)).statusCode).toBe(401);
    advance(16 * 60_000);
    expect((await login('head@test.mentora', 'bad 4')).statusCode).toBe(401);
    expect((await login('head@test.mentora', PASSWORD)).statusCode).toBe(429);
    advance(DAY + 1000);
    expect((await login('head@test.mentora', PASSWORD)).statusCode).toBe(200);
  });

  it('keeps a device where the user logged in before working while the login is locked for others', async () => {
    const first = await login('mentor@test.mentora', PASSWORD);
    expect(first.statusCode).toBe(200);
    const device = deviceCookie(first);
    expect(device?.httpOnly).toBe(true);
    // Someone else locks the login out.
    for (let i = 0; i < 8; i++) await login('mentor@test.mentora', `bad ${i}`, undefined, '203.0.113.9');
    expect((await login('mentor@test.mentora', PASSWORD, undefined, '203.0.113.10')).statusCode).toBe(429);
    // The mentor's own phone still gets in, even after a typo, and gets a fresh device cookie.
    expect((await login('mentor@test.mentora', 'typo', device?.value)).statusCode).toBe(401);
    const again = await login('mentor@test.mentora', PASSWORD, device?.value);
    expect(again.statusCode).toBe(200);
    const next = deviceCookie(again);
    expect(next?.value).toBeTruthy();
    expect(next?.value).not.toBe(device?.value);
    expect((await login('mentor@test.mentora', PASSWORD, next?.value)).statusCode).toBe(200);
    // A device cookie is bound to its login: it does not open another locked login.
    for (let i = 0; i < 6; i++) await login('outsider@test.mentora', `bad ${i}`);
    expect((await login('outsider@test.mentora', PASSWORD, next?.value)).statusCode).toBe(429);
  });

  it('gives a stolen device cookie only 5 guesses of its own, even sent at once', async () => {
    const ok = await login('otherofficer@test.mentora', PASSWORD);
    const device = deviceCookie(ok)?.value;
    for (let i = 0; i < 6; i++) await login('otherofficer@test.mentora', `bad ${i}`);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login('otherofficer@test.mentora', `stolen ${i}`, device)),
    );
    expect(answers.filter((a) => a.statusCode === 401).length).toBeLessThanOrEqual(5);
    // Its trust is used up: it is an untrusted client now, and the login is locked for those.
    expect((await login('otherofficer@test.mentora', PASSWORD, device)).statusCode).toBe(429);
  });

  // Security probe B8: every sign-in without a device cookie added a row kept 180 days.
  it('keeps at most 10 trusted devices per user, the newest, however often they sign in without a cookie', async () => {
    const cookies: (string | undefined)[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await login('sysadmin@test.mentora', PASSWORD);
      expect(res.statusCode).toBe(200);
      cookies.push(deviceCookie(res)?.value);
      advance(1000);
    }
    const user = await w.handle.db
      .selectFrom('users')
      .select('id')
      .where('loginEmail', '=', 'sysadmin@test.mentora')
      .executeTakeFirstOrThrow();
    const rows = await w.handle.db.selectFrom('trustedDevices').select('id').where('userId', '=', user.id).execute();
    expect(rows.length).toBe(10);
    // The newest device is still trusted while the login is locked for others; the oldest is not.
    for (let i = 0; i < 8; i++) await login('sysadmin@test.mentora', `bad ${i}`, undefined, '203.0.113.20');
    expect((await login('sysadmin@test.mentora', PASSWORD, cookies[0])).statusCode).toBe(429);
    expect((await login('sysadmin@test.mentora', PASSWORD, cookies[14])).statusCode).toBe(200);
  });
});
