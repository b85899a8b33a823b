import { randomUUID } from 'node:crypto';
import type { Actor } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginAs, makeWorld, PASSWORD, type World } from '../../../test/world';
import { COMMANDS } from '../../app';
import { newId } from '../../clock';
import { runCommand } from '../../commands/run';
import { hashPassword } from '../auth/passwords';

const SYSTEM: Actor = {
  userId: 'test-system',
  personId: 'test-system',
  systemAdmin: true,
  assignments: [],
  groups: [],
};

/**
 * Issue 6, defect 1: nobody manages an account that holds a privilege they could not grant
 * themselves. The world's system admin lives at the program's root, in the program admin's scope.
 */
describe('accounts more privileged than the actor cannot be taken over', () => {
  let w: World;
  /** Extra program admins: a second one at the root, one at district D1, one at cluster C1. */
  const extra: Record<'rootAdmin2' | 'districtAdmin' | 'clusterAdmin', { personId: string; userId: string }> =
    {} as never;
  const userOf = async (personId: string) =>
    (await w.handle.db.selectFrom('users').select('id').where('personId', '=', personId).executeTakeFirstOrThrow()).id;
  const codesOf = async (userId: string) =>
    (await w.handle.db.selectFrom('oneTimeCodes').select('id').where('userId', '=', userId).execute()).length;

  beforeAll(async () => {
    w = await makeWorld();
    const cmd = <T>(name: string, input: unknown) =>
      runCommand(
        { db: w.handle.db, clock: { now: () => new Date('2026-03-15T09:00:00.000Z') }, commands: COMMANDS },
        SYSTEM,
        name,
        input,
      ) as Promise<T>;
    const hash = await hashPassword(PASSWORD);
    const add = async (key: keyof typeof extra, schoolId: string | null, orgUnitId: string) => {
      const p = await cmd<{ id: string }>('person.create', {
        programId: w.programId,
        fullName: `${key} person`,
        email: `${key.toLowerCase()}@test.mentora`,
        schoolId,
      });
      await cmd('role.assign', { personId: p.id, role: 'program_admin', programId: w.programId, orgUnitId });
      const userId = newId();
      await w.handle.db
        .insertInto('users')
        .values({
          id: userId,
          personId: p.id,
          loginPhone: null,
          loginEmail: `${key.toLowerCase()}@test.mentora`,
          passwordHash: hash,
          locale: 'en',
          isSystemAdmin: 0,
          disabledAt: null,
          createdAt: '2026-03-15T09:00:00.000Z',
          updatedAt: '2026-03-15T09:00:00.000Z',
        })
        .execute();
      extra[key] = { personId: p.id, userId };
    };
    await add('rootAdmin2', null, w.units.root.id);
    await add('districtAdmin', w.units.s1.id, w.units.d1.id);
    await add('clusterAdmin', w.units.s2.id, w.units.c1.id);
  });
  afterAll(() => w.close());

  const issueCode = (c: Client, userId: string) =>
    c.send('POST', `/api/accounts/${userId}/codes`, { purpose: 'reset' });

  it('the exact attack: a program admin cannot issue a reset code for the system admin', async () => {
    const admin = await w.as('admin');
    const target = await userOf(w.people.sysadmin);
    const res = await issueCode(admin, target);
    expect([403, 404]).toContain(res.statusCode);
    expect(res.json().error.code).toMatch(/forbidden|not_found/);
    expect(await codesOf(target)).toBe(0);
    // …and the system admin still logs in with their own password.
    expect((await w.as('sysadmin')).me.userId).toBe(target);
  });

  it('a program admin cannot disable the system admin, archive their person or edit their login', async () => {
    const admin = await w.as('admin');
    const target = await userOf(w.people.sysadmin);
    const disable = await admin.send('POST', `/api/accounts/${target}/disabled`, { disabled: true });
    expect([403, 404]).toContain(disable.statusCode);
    const edit = await admin.send('PATCH', `/api/persons/${w.people.sysadmin}`, { email: 'mine@evil.example' });
    expect([403, 404]).toContain(edit.statusCode);
    const archive = await admin.send('DELETE', `/api/persons/${w.people.sysadmin}`);
    expect([403, 404]).toContain(archive.statusCode);
    const user = await w.handle.db
      .selectFrom('users')
      .select(['disabledAt', 'loginEmail'])
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ disabledAt: null, loginEmail: 'sysadmin@test.mentora' });
    const person = await w.handle.db
      .selectFrom('persons')
      .select(['deletedAt', 'email'])
      .where('id', '=', w.people.sysadmin)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ deletedAt: null, email: 'sysadmin@test.mentora' });
    expect((await w.as('sysadmin')).me.userId).toBe(target);
  });

  it('a program admin cannot change the roles of the system admin or of an equal admin', async () => {
    const admin = await w.as('admin');
    const give = await admin.send('POST', '/api/role-assignments', {
      personId: w.people.sysadmin,
      role: 'teacher',
      programId: w.programId,
      orgUnitId: w.units.s3.id,
    });
    expect([403, 404]).toContain(give.statusCode);
    const peerRole = await w.handle.db
      .selectFrom('roleAssignments')
      .select('id')
      .where('personId', '=', extra.rootAdmin2.personId)
      .executeTakeFirstOrThrow();
    const revoke = await admin.send('DELETE', `/api/role-assignments/${peerRole.id}`);
    expect([403, 404]).toContain(revoke.statusCode);
    const roles = await w.handle.db
      .selectFrom('roleAssignments')
      .select(['role', 'deletedAt'])
      .where('personId', 'in', [w.people.sysadmin, extra.rootAdmin2.personId])
      .execute();
    expect(roles).toEqual([{ role: 'program_admin', deletedAt: null }]);
  });

  it('an admin at a unit equal to or above the actor is out of reach; one below is managed', async () => {
    const admin = await w.as('admin');
    const district = await loginAs(w.app, 'districtadmin@test.mentora', PASSWORD);
    // Equal: the two root admins.
    expect([403, 404]).toContain((await issueCode(admin, extra.rootAdmin2.userId)).statusCode);
    expect([403, 404]).toContain(
      (await admin.send('POST', `/api/accounts/${extra.rootAdmin2.userId}/disabled`, { disabled: true })).statusCode,
    );
    expect([403, 404]).toContain((await admin.send('DELETE', `/api/persons/${extra.rootAdmin2.personId}`)).statusCode);
    // Above: the district admin against the root admin.
    const adminUser = await userOf(w.people.admin);
    expect([403, 404]).toContain((await issueCode(district, adminUser)).statusCode);
    expect(await codesOf(extra.rootAdmin2.userId)).toBe(0);
    expect(await codesOf(adminUser)).toBe(0);
    // Below: the root admin manages the district admin, the district admin the cluster admin.
    expect((await issueCode(admin, extra.districtAdmin.userId)).statusCode).toBe(201);
    expect((await issueCode(district, extra.clusterAdmin.userId)).statusCode).toBe(201);
    // …and a plain teacher of their scope, as before.
    expect((await issueCode(district, await userOf(w.people.mentee))).statusCode).toBe(201);
  });

  it('a program admin grants program admin only below their own unit', async () => {
    const admin = await w.as('admin');
    const district = await loginAs(w.app, 'districtadmin@test.mentora', PASSWORD);
    const at = (c: Client, orgUnitId: string) =>
      c.send('POST', '/api/role-assignments', {
        personId: w.people.mentee,
        role: 'program_admin',
        programId: w.programId,
        orgUnitId,
      });
    expect([403, 404]).toContain((await at(admin, w.units.root.id)).statusCode);
    expect([403, 404]).toContain((await at(district, w.units.d1.id)).statusCode);
    const granted = await at(district, w.units.c1.id);
    expect(granted.statusCode).toBe(201);
    // Now the mentee is a cluster admin: the district admin still manages them, the cluster admin does not.
    const cluster = await loginAs(w.app, 'clusteradmin@test.mentora', PASSWORD);
    expect([403, 404]).toContain((await issueCode(cluster, await userOf(w.people.mentee))).statusCode);
    expect((await district.send('DELETE', `/api/role-assignments/${granted.json().id}`)).statusCode).toBe(204);
  });

  it('the offline path refuses the same: a pushed archive or edit of the system admin is rejected', async () => {
    const admin = await w.as('admin');
    const res = await admin.send('POST', '/api/sync/push', {
      clientId: randomUUID(),
      mutations: [
        { id: 1, name: 'person.update', args: { id: w.people.sysadmin, email: 'mine@evil.example' } },
        { id: 2, name: 'person.archive', args: { id: w.people.sysadmin } },
        { id: 3, name: 'person.archive', args: { id: extra.rootAdmin2.personId } },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(
      res.json().results.map((r: { status: string; error?: { code: string } }) => [r.status, r.error?.code]),
    ).toEqual([
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    const people = await w.handle.db
      .selectFrom('persons')
      .select(['deletedAt', 'email'])
      .where('id', 'in', [w.people.sysadmin, extra.rootAdmin2.personId])
      .orderBy('email')
      .execute();
    expect(people).toEqual([
      { deletedAt: null, email: 'rootadmin2@test.mentora' },
      { deletedAt: null, email: 'sysadmin@test.mentora' },
    ]);
  });

  it('an admin of another program manages no account of this one, nor this one of theirs', async () => {
    const other = await w.as('otherAdmin');
    const admin = await w.as('admin');
    expect((await issueCode(other, await userOf(w.people.mentee))).statusCode).toBe(404);
    expect((await issueCode(admin, await userOf(w.people.otherAdmin))).statusCode).toBe(404);
  });

  it('self-edit: an admin of another program edits only their own contact details here', async () => {
    // A teacher of this program who is also program admin elsewhere (issue 7: the check ignored the program).
    await w.handle.db
      .insertInto('roleAssignments')
      .values({
        id: newId(),
        personId: w.people.outsider,
        role: 'program_admin',
        programId: w.otherProgramId,
        orgUnitId: w.units.otherRoot.id,
        createdAt: '2026-03-15T09:00:00.000Z',
        updatedAt: '2026-03-15T09:00:00.000Z',
        deletedAt: null,
        version: 1,
      })
      .execute();
    const outsider = await w.as('outsider');
    const move = await outsider.send('PATCH', `/api/persons/${w.people.outsider}`, { schoolId: w.units.s1.id });
    expect(move.statusCode).toBe(403);
    const emis = await outsider.send('PATCH', `/api/persons/${w.people.outsider}`, { emisId: 'FAKE-1' });
    expect(emis.statusCode).toBe(403);
    const name = await outsider.send('PATCH', `/api/persons/${w.people.outsider}`, { fullName: 'Outsider renamed' });
    expect(name.statusCode).toBe(200);
  });
});
