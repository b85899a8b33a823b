import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeWorld, type World } from '../../../test/world';

const names = (res: { json: () => { items: { fullName: string }[] } }) =>
  res
    .json()
    .items.map((p) => p.fullName)
    .sort();

/**
 * Issue 10, kinds 1–3 through the REST API, on SQLite and PostgreSQL alike: one phone however it is
 * written, digits of other scripts, and one search key for text that looks the same.
 */
describe('names and numbers as they really are', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
    const admin = await w.as('admin');
    const people = [
      ['Ëmira Çela', '0321 4445556'],
      ['Јелена Ђурић', null],
      ['علی کاشف', null],
      ['Nour Straße', null],
      ['Drene\u0308 Hoxha', null], // typed with a combining diaeresis
      ['Percent 50%_off', null],
    ] as const;
    for (const [fullName, phone] of people) {
      const res = await admin.send('POST', '/api/persons', { programId: w.programId, fullName, phone });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => w.close());

  const search = async (q: string) =>
    names(await (await w.as('admin')).get(`/api/persons?programId=${w.programId}&q=${encodeURIComponent(q)}`));

  it('stores a phone in E.164 and refuses its other spellings as the same number', async () => {
    const admin = await w.as('admin');
    const first = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'Phone Owner',
      phone: '۰۳۱۲-۷۷۷۸۸۸۹', // Urdu digits
    });
    expect(first.json().phone).toBe('+923127778889');
    for (const spelling of ['03127778889', '+92 312 7778889', '923127778889', '00923127778889', '٠٣١٢٧٧٧٨٨٨٩']) {
      const twin = await admin.send('POST', '/api/persons', {
        programId: w.programId,
        fullName: 'Twin',
        phone: spelling,
      });
      expect([spelling, twin.statusCode, twin.json().error.code]).toEqual([spelling, 409, 'conflict']);
    }
  });

  it('refuses a phone a spreadsheet turned into scientific notation, or one too short, and changes nothing', async () => {
    const admin = await w.as('admin');
    const before = (await admin.get(`/api/persons?programId=${w.programId}&limit=500`)).json().total;
    const sci = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'X',
      phone: '3.00123E+09',
    });
    expect(sci.statusCode).toBe(400);
    expect(sci.json().error.details[0]).toMatchObject({ path: 'body.phone' });
    expect(sci.json().error.details[0].message).toMatch(/scientific notation/);
    const short = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'X',
      phone: '0300 12345',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details).toEqual([
      { path: 'phone', message: 'is not a phone number of PK: check its digits (a mobile number has a fixed length)' },
    ]);
    expect((await admin.get(`/api/persons?programId=${w.programId}&limit=500`)).json().total).toBe(before);
  });

  it('refuses a program country whose phone numbers are not known, and changes nothing', async () => {
    const admin = await w.as('admin');
    const res = await admin.send('PATCH', `/api/programs/${w.programId}`, {
      settings: { country: 'ZZ', clusterMeetingDaysPerMonth: 2, maxMenteesPerMentor: 40 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { path: 'settings.country', message: 'must be a country whose phone numbers are known, such as PK or XK' },
    ]);
    expect((await admin.get(`/api/programs/${w.programId}`)).json().settings.country).toBe('PK');
  });

  it('finds names whatever their case, normal form, diacritics or script', async () => {
    expect(await search('ËMIRA')).toEqual(['Ëmira Çela']); // a non-ASCII capital (SQLite lower() folds A–Z only)
    expect(await search('emira cela')).toEqual(['Ëmira Çela']); // typed without ë and ç
    expect(await search('Drenë')).toEqual(['Drenë Hoxha']);
    expect(await search('jelena djuric')).toEqual(['Јелена Ђурић']); // Latin finds Cyrillic
    expect(await search('Ђурић')).toEqual(['Јелена Ђурић']);
    expect(await search('علي')).toEqual(['علی کاشف']); // Arabic ي finds Urdu ی
    expect(await search('كاشف')).toEqual(['علی کاشف']); // Arabic ك finds Urdu ک
    expect(await search('STRASSE')).toEqual(['Nour Straße']);
  });

  it('stores names in NFC: the decomposed ë comes back composed', async () => {
    const admin = await w.as('admin');
    const list = (await admin.get(`/api/persons?programId=${w.programId}&q=hoxha`)).json().items;
    expect(list.map((p: { fullName: string }) => p.fullName)).toEqual(['Dren\u00eb Hoxha']);
  });

  it('treats % and _ typed in a search as themselves', async () => {
    expect(await search('%')).toEqual(['Percent 50%_off']);
    expect(await search('_')).toEqual(['Percent 50%_off']);
    expect(await search('50%_')).toEqual(['Percent 50%_off']);
    expect(await search('5_%')).toEqual([]);
  });

  it('finds a phone by any part of any spelling', async () => {
    for (const q of ['0321 4445556', '+92 321 4445556', '4445556', '۰۳۲۱۴۴۴۵۵۵۶'])
      expect([q, await search(q)]).toEqual([q, ['Ëmira Çela']]);
  });

  it('logs in with any spelling of the login phone, in any digits', async () => {
    const admin = await w.as('admin');
    const person = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'Login Spellings',
      phone: '0345 1112223',
      schoolId: w.units.s2.id,
    });
    const account = await admin.send('POST', '/api/accounts', { personId: person.json().id });
    const code = await admin.send('POST', `/api/accounts/${account.json().userId}/codes`, { purpose: 'invite' });
    const redeemed = await w.app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { login: '+92 345 1112223', code: code.json().code, newPassword: 'spelled many ways' },
    });
    expect(redeemed.statusCode).toBe(200);
    for (const login of ['03451112223', '0345-1112223', '923451112223', '00923451112223', '۰۳۴۵۱۱۱۲۲۲۳'])
      expect((await loginAs(w.app, login, 'spelled many ways')).me.personId).toBe(person.json().id);
  });
});

describe('groups are found by the same search key', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('finds a group named with a non-ASCII capital, typed in lower case without diacritics', async () => {
    const admin = await w.as('admin');
    const created = await admin.send('POST', '/api/groups', {
      programId: w.programId,
      kind: 'school',
      name: 'Çerdhja Ëndrra',
      orgUnitId: w.units.s1.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const found = await admin.get(`/api/groups?programId=${w.programId}&q=cerdhja%20endrra`);
    expect(found.json().items.map((g: { name: string }) => g.name)).toEqual(['Çerdhja Ëndrra']);
    const none = await admin.get(`/api/groups?programId=${w.programId}&q=%25`);
    expect(none.json().items).toEqual([]);
  });
});
