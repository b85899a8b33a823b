import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/world';
import { newId } from '../../clock';

const names = (res: { json: () => { items: { fullName: string }[] } }) =>
  res
    .json()
    .items.map((p) => p.fullName)
    .sort();

describe('people', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('creates a teacher with a normalised phone and finds them by name, phone and EMIS id', async () => {
    const admin = await w.as('admin');
    const res = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'Shazia Baloch',
      gender: 'female',
      phone: '+92 300 555-1234',
      subjects: ['Urdu', 'Mathematics'],
      grades: ['3', '4'],
      yearsExperience: 7,
      schoolId: w.units.s2.id,
      emisId: 'T-555',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().phone).toBe('+923005551234');
    for (const q of ['shazia', '5551234', 't-555'])
      expect(names(await admin.get(`/api/persons?programId=${w.programId}&q=${q}`))).toEqual(['Shazia Baloch']);
    const dup = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'Other',
      phone: '+923005551234',
    });
    expect(dup.statusCode).toBe(409);
  });

  it('narrows lists to what each role may see', async () => {
    const list = async (who: Parameters<World['as']>[0]) =>
      names(await (await w.as(who)).get(`/api/persons?programId=${w.programId}&limit=500`));
    expect(await list('mentee')).toEqual(['mentee person', 'mentor person']); // self and group mates
    expect(await list('outsider')).toEqual(['outsider person']);
    expect(await list('head')).toEqual(['head person', 'mentor person']); // their school
    expect((await list('officer')).includes('outsider person')).toBe(false);
    expect((await list('admin')).includes('outsider person')).toBe(true);
    const other = await w.as('otherAdmin');
    expect((await other.get(`/api/persons?programId=${w.programId}`)).statusCode).toBe(404);
  });

  it('filters by org unit subtree and role, and pages', async () => {
    const admin = await w.as('admin');
    expect(
      names(await admin.get(`/api/persons?programId=${w.programId}&orgUnitId=${w.units.c1.id}&role=teacher`)),
    ).toEqual(['mentee person', 'mentor person']);
    const page = await admin.get(`/api/persons?programId=${w.programId}&limit=2&offset=0`);
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThan(2);
  });

  it('shows a person with roles, groups and — to admins only — the account', async () => {
    const admin = await w.as('admin');
    const detail = await admin.get(`/api/persons/${w.people.mentor}`);
    expect(
      detail
        .json()
        .roles.map((r: { role: string }) => r.role)
        .sort(),
    ).toEqual(['mentor', 'teacher']);
    expect(detail.json().groups[0].groupName).toBe('Uthal cluster group');
    expect(detail.json().account.login).toBe('mentor@test.mentora');
    const mentee = await w.as('mentee');
    const seen = await mentee.get(`/api/persons/${w.people.mentor}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().account).toBeNull();
    expect((await mentee.get(`/api/persons/${w.people.outsider}`)).statusCode).toBe(404);
  });

  it('lets a teacher edit their own contact details but not their school', async () => {
    const mentee = await w.as('mentee');
    expect(
      (await mentee.send('PATCH', `/api/persons/${w.people.mentee}`, { subjects: ['English'] })).json().subjects,
    ).toEqual(['English']);
    const move = await mentee.send('PATCH', `/api/persons/${w.people.mentee}`, { schoolId: w.units.s3.id });
    expect(move.statusCode).toBe(403);
  });

  it('assigns and revokes roles within scope; an archived person loses access', async () => {
    const admin = await w.as('admin');
    const p = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'New Head',
      schoolId: w.units.s3.id,
    });
    const ra = await admin.send('POST', '/api/role-assignments', {
      personId: p.json().id,
      role: 'head_teacher',
      programId: w.programId,
      orgUnitId: w.units.s3.id,
    });
    expect(ra.statusCode).toBe(201);
    const officer = await w.as('officer');
    const denied = await officer.send('POST', '/api/role-assignments', {
      personId: p.json().id,
      role: 'program_admin',
      programId: w.programId,
      orgUnitId: w.units.root.id,
    });
    expect([403, 404]).toContain(denied.statusCode);
    expect((await admin.send('DELETE', `/api/role-assignments/${ra.json().id}`)).statusCode).toBe(204);
    expect((await admin.send('DELETE', `/api/persons/${p.json().id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/persons/${p.json().id}`)).statusCode).toBe(404);
  });

  it('answers 409, not 500, when a device sends the same new id twice', async () => {
    const admin = await w.as('admin');
    const id = newId();
    const first = await admin.send('POST', '/api/persons', { id, programId: w.programId, fullName: 'Twice Sent' });
    expect(first.statusCode).toBe(201);
    const again = await admin.send('POST', '/api/persons', { id, programId: w.programId, fullName: 'Twice Sent' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });
});
