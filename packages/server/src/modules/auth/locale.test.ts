import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/world';

// A user's language is kept on the account, so a shared phone or a new one opens in it. Serbian
// comes in two scripts, told apart by BCP 47 tags: `sr` (Cyrillic) and `sr-Latn` (Latin).
describe('PUT /api/auth/locale', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('keeps Serbian in Latin script on the account', async () => {
    const c = await w.as('mentor');
    expect((await c.send('PUT', '/api/auth/locale', { locale: 'sr-Latn' })).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).json().locale).toBe('sr-Latn');
    expect((await c.send('PUT', '/api/auth/locale', { locale: 'sr' })).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).json().locale).toBe('sr');
  });

  it('refuses a language the app does not have, in the error shape', async () => {
    const c = await w.as('mentor');
    await c.send('PUT', '/api/auth/locale', { locale: 'sr-Latn' });
    for (const locale of ['sr-Cyrl', 'sr-latn', 'de', '']) {
      const res = await c.send('PUT', '/api/auth/locale', { locale });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await c.get('/api/auth/me')).json().locale).toBe('sr-Latn');
  });
});
