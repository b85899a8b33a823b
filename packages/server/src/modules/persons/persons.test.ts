import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeWorld, type World } from '../../../test/world';
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
    // …and is told so: a null account is "not yours to see", not "no login yet".
    expect(seen.json().may.readAccount).toBe(false);
    expect(detail.json().may.readAccount).toBe(true);
    expect((await mentee.get(`/api/persons/${w.people.outsider}`)).statusCode).toBe(404);
  });

  it('lets a teacher edit their own contact details but not their school', async () => {
    const mentee = await w.as('mentee');
    expect(
      (await mentee.send('PATCH', `/api/persons/${w.people.mentee}`, { subjects: ['English'] })).json().subjects,
    ).toEqual(['English']);
    const move = await mentee.send('PATCH', `/api/persons/${w.people.mentee}`, { schoolId: w.units.s3.id });
    expect(move.statusCode).toBe(403);
    // The screen hides what the server would refuse: the record fields, the account buttons.
    const own = (await mentee.get(`/api/persons/${w.people.mentee}`)).json();
    expect(own.may).toEqual({
      update: true,
      updateRecord: false,
      delete: false,
      readAccount: true,
      manageAccount: false,
    });
    const admin = await w.as('admin');
    const theirs = (await admin.get(`/api/persons/${w.people.mentee}`)).json();
    expect(theirs.may).toEqual({
      update: true,
      updateRecord: true,
      delete: true,
      readAccount: true,
      manageAccount: true,
    });
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

  it('lets an admin change only their own name and contacts where they do not administer their own place (issue 7)', async () => {
    // The other officer lives at the program's root (no school) and becomes program admin of D2 only.
    const admin = await w.as('admin');
    const ra = await admin.send('POST', '/api/role-assignments', {
      personId: w.people.otherOfficer,
      role: 'program_admin',
      programId: w.programId,
      orgUnitId: w.units.d2.id,
    });
    expect(ra.statusCode).toBe(201);
    const self = await w.as('otherOfficer');
    const id = w.people.otherOfficer;
    const moved = await self.send('PATCH', `/api/persons/${id}`, { schoolId: w.units.s3.id });
    expect(moved.statusCode).toBe(403);
    expect(moved.json().error.code).toBe('forbidden');
    expect((await self.send('PATCH', `/api/persons/${id}`, { yearsExperience: 30 })).statusCode).toBe(403);
    expect((await self.send('PATCH', `/api/persons/${id}`, { fullName: 'Other Officer' })).statusCode).toBe(200);
    expect((await admin.send('PATCH', `/api/persons/${id}`, { yearsExperience: 12 })).statusCode).toBe(200);
    expect((await admin.send('DELETE', `/api/role-assignments/${ra.json().id}`)).statusCode).toBe(204);
  });

  it('does not let the admin of another program change their own record in this one (issue 7)', async () => {
    // role.assign refuses a role outside the person's program; the policy must not rely on that.
    const now = fixedClock.now().toISOString();
    const id = newId();
    await w.handle.db
      .insertInto('roleAssignments')
      .values({
        id,
        personId: w.people.mentee,
        role: 'program_admin',
        programId: w.otherProgramId,
        orgUnitId: w.units.otherRoot.id,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        version: 0,
      })
      .execute();
    const mentee = await w.as('mentee');
    const moved = await mentee.send('PATCH', `/api/persons/${w.people.mentee}`, { schoolId: w.units.s1.id });
    expect(moved.statusCode).toBe(403);
    expect((await mentee.send('PATCH', `/api/persons/${w.people.mentee}`, { gender: 'male' })).statusCode).toBe(403);
    expect((await mentee.send('PATCH', `/api/persons/${w.people.mentee}`, { phone: '03009998887' })).statusCode).toBe(
      200,
    );
    await w.handle.db.deleteFrom('roleAssignments').where('id', '=', id).execute();
  });
});
