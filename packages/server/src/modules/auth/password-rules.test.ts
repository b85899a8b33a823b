import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeWorld, PASSWORD, type World } from '../../../test/world';

// Issue 6, defect 9: NIST SP 800-63B §3.1.1.2 — at least 8 characters, no common or breached
// password, nothing made of the user's own login or name; no composition rules.
const reason = (res: LightMyRequestResponse) => {
  expect(res.statusCode).toBe(400);
  const { code, details } = res.json().error;
  expect(code).toBe('weak_password');
  expect(details[0].path).toBe('newPassword');
  return details[0].message as string;
};

describe('password rules', () => {
  let w: World;
  let code = '';
  beforeAll(async () => {
    w = await makeWorld();
    const admin = await w.as('admin');
    const person = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'Naseem Bibi',
      phone: '0333-7654321',
      email: 'naseem.b@probe.test',
      schoolId: w.units.s2.id,
    });
    const account = await admin.send('POST', '/api/accounts', { personId: person.json().id });
    code = (await admin.send('POST', `/api/accounts/${account.json().userId}/codes`, { purpose: 'invite' })).json()
      .code;
  });
  afterAll(() => w.close());

  const redeem = (newPassword: string) =>
    w.app.inject({ method: 'POST', url: '/api/auth/redeem', payload: { login: '03337654321', code, newPassword } });

  it('refuses common and breached passwords when a code is redeemed, and the code stays usable', async () => {
    expect(reason(await redeem('12345678'))).toBe('common');
    expect(reason(await redeem('Password1'))).toBe('common');
    expect(reason(await redeem('iloveyou'))).toBe('common');
  });

  it('refuses passwords of only spaces or shorter than 8 characters once spaces are collapsed', async () => {
    expect(reason(await redeem('        '))).toBe('too_short');
    expect(reason(await redeem('  ab   cd  '))).toBe('too_short');
  });

  it("refuses passwords made of the user's own name or login", async () => {
    expect(reason(await redeem('Naseem Bibi'))).toBe('personal');
    expect(reason(await redeem('bibinaseem2024'))).toBe('personal');
    expect(reason(await redeem('03337654321'))).toBe('personal');
  });

  // Security probe B1: invisible characters, other scripts' digits and look-alike letters.
  it('refuses passwords disguised with invisible characters, non-Latin digits or look-alike letters', async () => {
    for (const p of ['\u200b', '\u200e', '\u202e', '\u00ad'])
      expect(reason(await redeem(p.repeat(8))), `8 × U+${p.codePointAt(0)?.toString(16)}`).toBe('too_short');
    for (const p of ['12345678\u200b', 'password\u200b1', '۱۲۳۴۵۶۷۸', '١٢٣٤٥٦٧٨', 'pаssword1'])
      expect(reason(await redeem(p)), p).toBe('common');
  });

  // Security probe B2: the person's own email counts although the login is the phone.
  it("refuses the person's own email when the login is the phone", async () => {
    expect(reason(await redeem('naseem.b@probe.test'))).toBe('personal');
  });

  it("refuses the names of the person's program, school and the units above it", async () => {
    expect(reason(await redeem('GGPS Uthal 2'))).toBe('personal');
    expect(reason(await redeem('Test PTMP 2024'))).toBe('personal');
  });

  it('accepts a long passphrase without composition rules', async () => {
    const ok = await redeem('tea with cardamom at noon');
    expect(ok.statusCode).toBe(200);
    await loginAs(w.app, '03337654321', 'tea with cardamom at noon');
  });

  it('applies the same rules when a logged-in user changes the password', async () => {
    const c = await w.as('otherOfficer');
    const change = (newPassword: string) =>
      c.send('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword });
    expect(reason(await change('qwertyuiop'))).toBe('common');
    expect(reason(await change('         '))).toBe('too_short');
    expect(reason(await change('otherOfficer person'))).toBe('personal');
    expect(reason(await change('otherofficer@test.mentora'))).toBe('personal');
    expect(reason(await change('\u200b'.repeat(8)))).toBe('too_short');
    expect(reason(await change('١٢٣٤٥٦٧٨'))).toBe('common');
    expect((await change('a kettle on the stove')).statusCode).toBe(204);
  });
});
