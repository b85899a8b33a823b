import { type Actor, actorFromMe, can, type Resource } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeWorld, type PersonKey, type World } from '../../../test/world';
import { today } from '../../clock';
import { loadActor } from './queries';

const byRole = (a: Actor['assignments'][number], b: Actor['assignments'][number]) =>
  `${a.programId}${a.role}${a.path}`.localeCompare(`${b.programId}${b.role}${b.path}`);
const sorted = (a: Actor): Actor => ({ ...a, assignments: [...a.assignments].sort(byRole) });

describe('/api/auth/me builds the actor the server enforces with (issue 7)', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  const keys: PersonKey[] = [
    'admin',
    'officer',
    'otherOfficer',
    'head',
    'mentor',
    'mentee',
    'outsider',
    'researcher',
    'sysadmin',
    'otherAdmin',
  ];

  it('answers each role with the path of its unit and the current groups', async () => {
    const me = (await (await w.as('mentor')).get('/api/auth/me')).json();
    const paths = Object.fromEntries(me.roles.map((r: { role: string; path: string }) => [r.role, r.path]));
    expect(paths).toEqual({ mentor: w.units.c1.path, teacher: w.units.s1.path });
    expect(me.groups).toEqual([{ groupId: w.groupId, role: 'mentor' }]);
  });

  it('gives the client, for every role of the test world, the same actor as the session gives the server', async () => {
    for (const key of keys) {
      const c = await w.as(key);
      const me = (await c.get('/api/auth/me')).json();
      const user = await w.handle.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', c.me.userId)
        .executeTakeFirstOrThrow();
      const server = await loadActor(w.handle.db, user, today(fixedClock));
      expect(sorted(actorFromMe(me)), key).toEqual(sorted(server));
    }
  });

  it('leaves out a role at an archived unit, as the server does', async () => {
    const admin = await w.as('admin');
    const unit = (
      await admin.send('POST', '/api/org-units', {
        programId: w.programId,
        parentId: w.units.d2.id,
        name: 'Closing school',
        kind: 'school',
      })
    ).json();
    const assigned = await admin.send('POST', '/api/role-assignments', {
      personId: w.people.outsider,
      role: 'head_teacher',
      programId: w.programId,
      orgUnitId: unit.id,
    });
    expect(assigned.statusCode).toBe(201);
    await w.handle.db
      .updateTable('orgUnits')
      .set({ deletedAt: fixedClock.now().toISOString() })
      .where('id', '=', unit.id)
      .execute();
    const c = await w.as('outsider');
    const me = (await c.get('/api/auth/me')).json();
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual(['teacher']);
    const user = await w.handle.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', c.me.userId)
      .executeTakeFirstOrThrow();
    expect(actorFromMe(me)).toEqual(await loadActor(w.handle.db, user, today(fixedClock)));
  });

  it('answers can() on the client as on the server for the records of the test world', async () => {
    const { programId: P, units: u, groupId } = w;
    const resources: Resource[] = [
      { type: 'group', programId: P, path: u.c1.path, groupId },
      { type: 'org_unit', programId: P, path: u.s3.path },
      { type: 'aggregate', programId: P, path: u.d1.path },
      { type: 'roster', programId: P, path: u.root.path },
      { type: 'program', programId: w.otherProgramId },
    ];
    for (const key of keys) {
      const c = await w.as(key);
      const client = actorFromMe((await c.get('/api/auth/me')).json());
      const user = await w.handle.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', c.me.userId)
        .executeTakeFirstOrThrow();
      const server = await loadActor(w.handle.db, user, today(fixedClock));
      for (const r of resources)
        for (const action of ['read', 'update', 'import', 'export'] as const)
          expect(can(client, action, r), `${key} ${action} ${r.type}`).toBe(can(server, action, r));
    }
  });
});
