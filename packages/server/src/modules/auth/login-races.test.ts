import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, PASSWORD, type World } from '../../../test/world';

// Issue 6, defect 2: the failure count must be taken before the password or code is checked, so
// guesses fired in parallel cannot all slip past the limit (LOGIN_MAX_FAILURES, 5 by default).
const LIMIT = 5;

const statuses = (answers: { statusCode: number }[]) => ({
  checked: answers.filter((a) => a.statusCode === 401).length,
  refused: answers.filter((a) => a.statusCode === 429).length,
});

describe('login back-off under concurrent guesses', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  const login = (login: string, password: string) =>
    w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });

  it('checks at most the limit of 30 wrong passwords sent at once for one login', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login('researcher@test.mentora', `bad ${i}`)),
    );
    const { checked, refused } = statuses(answers);
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LIMIT);
    expect(checked + refused).toBe(30);
    expect((await login('researcher@test.mentora', PASSWORD)).statusCode).toBe(429);
  });

  it('checks at most the limit of 30 wrong invite or reset codes sent at once for one login', async () => {
    const admin = await w.as('admin');
    const userId = (await admin.get(`/api/persons/${w.people.mentee}`)).json().account.userId;
    const issued = await admin.send('POST', `/api/accounts/${userId}/codes`, { purpose: 'reset' });
    expect(issued.statusCode).toBe(201);
    const redeem = (code: string) =>
      w.app.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { login: 'mentee@test.mentora', code, newPassword: 'a long new passphrase' },
      });
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => redeem(String(10_000_000 + i))));
    const { checked, refused } = statuses(answers);
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LIMIT);
    expect(checked + refused).toBe(30);
    // Locked: even the right code waits now.
    expect((await redeem(issued.json().code)).statusCode).toBe(429);
  });

  it('checks at most the limit of 30 wrong current passwords sent at once to change a password', async () => {
    const c = await w.as('officer');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        c.send('POST', '/api/auth/password', { currentPassword: `bad ${i}`, newPassword: 'a kettle on the stove' }),
      ),
    );
    const wrong = answers.filter((a) => a.statusCode === 400).length;
    expect(wrong).toBeGreaterThan(0);
    expect(wrong).toBeLessThanOrEqual(LIMIT);
    expect(wrong + statuses(answers).refused).toBe(30);
  });
});

describe('per-address back-off under concurrent guesses', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('checks at most 20 × the limit of wrong passwords sent at once from one address over many logins', async () => {
    const answers = await Promise.all(
      Array.from({ length: 130 }, (_, i) =>
        w.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { login: `nobody${i}@test.mentora`, password: 'not the password' },
        }),
      ),
    );
    const { checked, refused } = statuses(answers);
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LIMIT * 20);
    expect(checked + refused).toBe(130);
  });
});
