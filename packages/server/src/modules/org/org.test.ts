import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/world';

describe('org tree', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('lists the top of what each user sees, and children with counts', async () => {
    const admin = await w.as('admin');
    const top = await admin.get(`/api/org-units?programId=${w.programId}`);
    expect(top.json().items.map((u: { name: string }) => u.name)).toEqual(['Balochistan']);
    expect(top.json().items[0].childCount).toBe(2);
    const officer = await w.as('officer');
    const officerTop = await officer.get(`/api/org-units?programId=${w.programId}`);
    expect(officerTop.json().items.map((u: { name: string }) => u.name)).toEqual(['Lasbella']);
    const kids = await officer.get(`/api/org-units?programId=${w.programId}&parentId=${w.units.d1.id}`);
    expect(kids.json().items.map((u: { name: string }) => u.name)).toEqual(['Uthal cluster']);
  });

  it('shows a unit with its ancestors (breadcrumbs) and counts', async () => {
    const admin = await w.as('admin');
    const res = await admin.get(`/api/org-units/${w.units.s1.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().ancestors.map((u: { name: string }) => u.name)).toEqual([
      'Balochistan',
      'Lasbella',
      'Uthal cluster',
    ]);
    expect(res.json().personCount).toBe(2); // the head teacher and the mentor
  });

  it('creates, renames, moves a subtree and archives only an empty unit', async () => {
    const admin = await w.as('admin');
    const cluster = await admin.send('POST', '/api/org-units', {
      programId: w.programId,
      parentId: w.units.d1.id,
      name: 'Bela cluster',
      kind: 'cluster',
    });
    expect(cluster.statusCode).toBe(201);
    const school = await admin.send('POST', '/api/org-units', {
      programId: w.programId,
      parentId: cluster.json().id,
      name: 'GPS Bela',
      kind: 'school',
      emisCode: 'E-100',
    });
    expect(school.statusCode).toBe(201);
    expect(school.json().path).toBe(`${cluster.json().path}${school.json().id}/`);
    const dup = await admin.send('POST', '/api/org-units', {
      programId: w.programId,
      parentId: cluster.json().id,
      name: 'Twin',
      kind: 'school',
      emisCode: 'E-100',
    });
    expect(dup.statusCode).toBe(409);
    expect(
      (await admin.send('PATCH', `/api/org-units/${school.json().id}`, { name: 'GPS Bela No. 1' })).json().name,
    ).toBe('GPS Bela No. 1');
    const moved = await admin.send('POST', `/api/org-units/${cluster.json().id}/move`, { parentId: w.units.d2.id });
    expect(moved.statusCode).toBe(200);
    const movedSchool = await admin.get(`/api/org-units/${school.json().id}`);
    expect(movedSchool.json().ancestors.map((u: { name: string }) => u.name)).toEqual([
      'Balochistan',
      'Khuzdar',
      'Bela cluster',
    ]);
    expect(movedSchool.json().unit.path.startsWith(w.units.d2.path)).toBe(true);
    const underItself = await admin.send('POST', `/api/org-units/${cluster.json().id}/move`, {
      parentId: school.json().id,
    });
    expect(underItself.statusCode).toBe(400);
    expect((await admin.send('DELETE', `/api/org-units/${cluster.json().id}`)).statusCode).toBe(409);
    expect((await admin.send('DELETE', `/api/org-units/${school.json().id}`)).statusCode).toBe(204);
    expect((await admin.send('DELETE', `/api/org-units/${cluster.json().id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/org-units/${cluster.json().id}`)).statusCode).toBe(404);
  });

  it('refuses officials who may read but not change, and hides units out of scope', async () => {
    const officer = await w.as('officer');
    const rename = await officer.send('PATCH', `/api/org-units/${w.units.s1.id}`, { name: 'Renamed' });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().error.code).toBe('forbidden');
    const hidden = await officer.send('PATCH', `/api/org-units/${w.units.s3.id}`, { name: 'Renamed' });
    expect(hidden.statusCode).toBe(404);
    expect((await officer.get(`/api/org-units/${w.units.s3.id}`)).statusCode).toBe(404);
  });

  it('gives head teachers and officers the aggregate figures of their scope only', async () => {
    const head = await w.as('head');
    const stats = await head.get(`/api/org-units/${w.units.s1.id}/stats`);
    expect(stats.statusCode).toBe(200);
    expect(stats.json()).toMatchObject({ teachers: 1, mentors: 0 });
    const officer = await w.as('officer');
    const d1 = await officer.get(`/api/org-units/${w.units.d1.id}/stats`);
    // Mentor's mentor role is at the cluster (not a school); the teacher roles count: mentor + mentee.
    expect(d1.json()).toMatchObject({ teachers: 2, mentors: 1, groups: 1 });
    expect((await officer.get(`/api/org-units/${w.units.d2.id}/stats`)).statusCode).toBe(404);
    const mentee = await w.as('mentee');
    expect((await mentee.get(`/api/org-units/${w.units.s2.id}/stats`)).statusCode).toBe(403);
  });
});
