import type { Actor } from '@mentora/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, COMMANDS } from '../src/app';
import { type Clock, newId } from '../src/clock';
import { runCommand } from '../src/commands/run';
import { testConfig } from '../src/config';
import type { DbHandle } from '../src/db/connect';
import { hashPassword } from '../src/modules/auth/passwords';
import { freshDb } from './harness';

export const PASSWORD = 'correct horse battery';
export const fixedClock: Clock = { now: () => new Date('2026-03-15T09:00:00.000Z') };
const SYSTEM: Actor = {
  userId: 'test-system',
  personId: 'test-system',
  systemAdmin: true,
  assignments: [],
  groups: [],
};

type Unit = { id: string; path: string };

/**
 * A small program for API tests: province → two districts → a cluster with two schools, and a
 * school in the other district; one person per role, each with a login; one cluster group.
 */
export interface World {
  handle: DbHandle;
  app: FastifyInstance;
  programId: string;
  otherProgramId: string;
  units: { root: Unit; d1: Unit; d2: Unit; c1: Unit; s1: Unit; s2: Unit; s3: Unit; otherRoot: Unit };
  people: Record<PersonKey, string>;
  groupId: string;
  as: (key: PersonKey) => Promise<Client>;
  close: () => Promise<void>;
}

export type PersonKey =
  | 'admin'
  | 'officer'
  | 'otherOfficer'
  | 'head'
  | 'mentor'
  | 'mentee'
  | 'outsider'
  | 'researcher'
  | 'sysadmin'
  | 'otherAdmin';

/** `pgAdminUrl`: build the world on another PostgreSQL server than the test server (outage tests). */
export async function makeWorld(clock: Clock = fixedClock, pgAdminUrl?: string): Promise<World> {
  const handle = await freshDb(pgAdminUrl);
  const deps = { db: handle.db, clock, commands: COMMANDS };
  const cmd = <T>(name: string, input: unknown) => runCommand(deps, SYSTEM, name, input) as Promise<T>;
  const settings = { country: 'PK', clusterMeetingDaysPerMonth: 2, maxMenteesPerMentor: 40 };
  const program = await cmd<{ id: string }>('program.create', {
    name: 'Test PTMP',
    model: 'cluster',
    levelNames: ['province', 'district', 'cluster', 'school'],
    locales: ['en', 'ur'],
    settings,
  });
  const other = await cmd<{ id: string }>('program.create', {
    name: 'Other program',
    model: 'school',
    levelNames: ['country', 'school'],
    locales: ['en'],
    settings,
  });
  const unit = (programId: string, parentId: string | null, name: string, kind: string, emisCode?: string) =>
    cmd<Unit>('orgUnit.create', { programId, parentId, name, kind, emisCode });
  const root = await unit(program.id, null, 'Balochistan', 'province');
  const d1 = await unit(program.id, root.id, 'Lasbella', 'district');
  const d2 = await unit(program.id, root.id, 'Khuzdar', 'district');
  const c1 = await unit(program.id, d1.id, 'Uthal cluster', 'cluster');
  const s1 = await unit(program.id, c1.id, 'GPS Uthal 1', 'school', 'E-001');
  const s2 = await unit(program.id, c1.id, 'GGPS Uthal 2', 'school', 'E-002');
  const s3 = await unit(program.id, d2.id, 'GPS Khuzdar 1', 'school', 'E-003');
  const otherRoot = await unit(other.id, null, 'Kosovo', 'country');

  const hash = await hashPassword(PASSWORD);
  const people = {} as Record<PersonKey, string>;
  let n = 0;
  const person = async (
    key: PersonKey,
    programId: string,
    schoolId: string | null,
    roles: [string, string][],
    sysadmin = false,
  ) => {
    n += 1;
    const p = await cmd<{ id: string }>('person.create', {
      programId,
      fullName: `${key} person`,
      gender: n % 2 ? 'female' : 'male',
      phone: `0300${String(1000000 + n)}`,
      email: `${key.toLowerCase()}@test.mentora`,
      schoolId,
      yearsExperience: n,
    });
    people[key] = p.id;
    for (const [role, orgUnitId] of roles) await cmd('role.assign', { personId: p.id, role, programId, orgUnitId });
    await handle.db
      .insertInto('users')
      .values({
        id: newId(),
        personId: p.id,
        loginPhone: null,
        loginEmail: `${key.toLowerCase()}@test.mentora`,
        passwordHash: hash,
        locale: 'en',
        isSystemAdmin: sysadmin ? 1 : 0,
        disabledAt: null,
        createdAt: clock.now().toISOString(),
        updatedAt: clock.now().toISOString(),
      })
      .execute();
  };
  await person('admin', program.id, null, [['program_admin', root.id]]);
  await person('officer', program.id, null, [['district_officer', d1.id]]);
  await person('otherOfficer', program.id, null, [['district_officer', d2.id]]);
  await person('head', program.id, s1.id, [['head_teacher', s1.id]]);
  await person('mentor', program.id, s1.id, [
    ['teacher', s1.id],
    ['mentor', c1.id],
  ]);
  await person('mentee', program.id, s2.id, [['teacher', s2.id]]);
  await person('outsider', program.id, s3.id, [['teacher', s3.id]]);
  await person('researcher', program.id, null, [['researcher', root.id]]);
  await person('sysadmin', program.id, null, [], true);
  await person('otherAdmin', other.id, null, [['program_admin', otherRoot.id]]);

  const group = await cmd<{ id: string }>('group.create', {
    programId: program.id,
    kind: 'cluster',
    name: 'Uthal cluster group',
    orgUnitId: c1.id,
  });
  await cmd('group.addMember', { groupId: group.id, personId: people.mentor, role: 'mentor', startDate: '2026-01-01' });
  await cmd('group.addMember', { groupId: group.id, personId: people.mentee, role: 'mentee', startDate: '2026-01-01' });

  const app = await buildApp(testConfig(':memory:'), handle, clock);
  return {
    handle,
    app,
    programId: program.id,
    otherProgramId: other.id,
    units: { root, d1, d2, c1, s1, s2, s3, otherRoot },
    people,
    groupId: group.id,
    as: (key) => loginAs(app, `${key.toLowerCase()}@test.mentora`, PASSWORD),
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

export interface Client {
  csrfToken: string;
  cookies: Record<string, string>;
  me: { userId: string; personId: string; roles: { role: string }[] };
  get: (url: string) => Promise<LightMyRequestResponse>;
  send: (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) => Promise<LightMyRequestResponse>;
}

export async function loginAs(app: FastifyInstance, login: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`login ${login} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'mentora_session');
  if (!cookie) throw new Error('no session cookie');
  const me = res.json();
  const cookies = { mentora_session: cookie.value };
  return {
    csrfToken: me.csrfToken,
    cookies,
    me,
    get: (url) => app.inject({ method: 'GET', url, cookies }),
    send: (method, url, body) =>
      app.inject({
        method,
        url,
        cookies,
        headers: { 'x-csrf-token': me.csrfToken },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/**
 * One more person of `w`'s program for an area's test world: `<key> person`, at `schoolId`, with
 * `roles` ([role, orgUnitId]) and a login `<key>@test.mentora` with PASSWORD (for `loginAs`).
 * Returns the person's id. Shared by the concerns and visits worlds.
 */
export async function addLoginPerson(
  w: World,
  clock: Clock,
  key: string,
  schoolId: string,
  roles: [string, string][],
  yearsExperience = 3,
): Promise<string> {
  const cmd = (name: string, input: unknown) =>
    runCommand({ db: w.handle.db, clock, commands: COMMANDS }, SYSTEM, name, input);
  const email = `${key.toLowerCase()}@test.mentora`;
  const p = (await cmd('person.create', {
    programId: w.programId,
    fullName: `${key} person`,
    gender: 'female',
    phone: null,
    email,
    schoolId,
    yearsExperience,
  })) as { id: string };
  for (const [role, orgUnitId] of roles)
    await cmd('role.assign', { personId: p.id, role, programId: w.programId, orgUnitId });
  const at = clock.now().toISOString();
  await w.handle.db
    .insertInto('users')
    .values({
      id: newId(),
      personId: p.id,
      loginPhone: null,
      loginEmail: email,
      passwordHash: await hashPassword(PASSWORD),
      locale: 'en',
      isSystemAdmin: 0,
      disabledAt: null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  return p.id;
}
