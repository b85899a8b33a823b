import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core';
import { type Action, type Actor, can, type Resource } from '@mentora/core/policy';
import type { MeResponse as Me, MeRole } from '@mentora/core/types';
import { afterEach, describe, expect, it } from 'vitest';
import { getMeta } from '../store/db';
import { applyPull } from '../store/outbox';
import { localDbs } from '../store/test-local-db';
import { actor, browses, localGroupResource, localPersonResource, may, mayImport, maySomewhere } from './policy';
import { me } from './session';

// The PTMP demo (server/src/demo/ptmp.ts): province → district Lasbella → Cluster Uthal → schools.
const P = 'ptmp';
const ROOT = '/bal/';
const LASBELLA = '/bal/las/';
const UTHAL = '/bal/las/uthal/';
const GPS1 = '/bal/las/uthal/gps1/';
const GGPS = '/bal/las/uthal/ggps/';
const KHUZDAR_SCHOOL = '/bal/khz/s1/';
const GROUP = 'cluster-uthal';

type Demo = { roles: [MeRole['role'], string][]; groups?: Me['groups']; systemAdmin?: boolean };
/** The demo logins as `/api/auth/me` describes them, one per role. */
const DEMO: Record<string, Demo> = {
  programAdmin: { roles: [['program_admin', ROOT]] },
  officer: { roles: [['district_officer', LASBELLA]] },
  headTeacher: { roles: [['head_teacher', GPS1]] },
  mentor: {
    roles: [
      ['teacher', GPS1],
      ['mentor', UTHAL],
    ],
    groups: [{ groupId: GROUP, role: 'mentor' }],
  },
  teacher: { roles: [['teacher', GGPS]], groups: [{ groupId: GROUP, role: 'mentee' }] },
  researcher: { roles: [['researcher', ROOT]] },
  systemAdmin: { roles: [], systemAdmin: true },
};

function meOf(key: string, d: Demo): Me {
  return {
    userId: `u-${key}`,
    personId: `p-${key}`,
    fullName: key,
    locale: 'ur',
    systemAdmin: d.systemAdmin ?? false,
    csrfToken: 'token',
    roles: d.roles.map(([role, path], i) => ({
      id: `ra-${key}-${i}`,
      role,
      programId: P,
      programName: 'PTMP Balochistan',
      orgUnitId: path,
      orgUnitName: path,
      orgUnitKind: 'school',
      path,
    })),
    groups: d.groups ?? [],
  };
}

/** The actor the server builds from the session (server/modules/auth/queries.ts loadActor). */
function serverActor(key: string, d: Demo): Actor {
  return {
    userId: `u-${key}`,
    personId: `p-${key}`,
    systemAdmin: d.systemAdmin ?? false,
    assignments: d.roles.map(([role, path]) => ({ role, programId: P, path })),
    groups: d.groups ?? [],
  };
}

const teacherAt = (path: string) => ({
  systemAdmin: false,
  assignments: [{ role: 'teacher' as const, programId: P, path }],
});
const RESOURCES: Resource[] = [
  { type: 'program', programId: P },
  { type: 'org_unit', programId: P, path: UTHAL },
  { type: 'org_unit', programId: P, path: KHUZDAR_SCHOOL },
  { type: 'group', programId: P, path: UTHAL, groupId: GROUP },
  { type: 'group', programId: P, path: KHUZDAR_SCHOOL, groupId: 'other' },
  { type: 'person', programId: P, path: GGPS, personId: 'p-teacher', groupIds: [GROUP], holds: teacherAt(GGPS) },
  { type: 'person', programId: P, path: KHUZDAR_SCHOOL, personId: 'x', groupIds: [], holds: teacherAt(KHUZDAR_SCHOOL) },
  { type: 'account', programId: P, path: GGPS, personId: 'p-teacher', holds: teacherAt(GGPS) },
  { type: 'role_assignment', programId: P, path: GGPS, personId: 'p-teacher' },
  { type: 'roster', programId: P, path: ROOT },
  { type: 'roster', programId: P, path: LASBELLA },
  { type: 'aggregate', programId: P, path: LASBELLA },
  { type: 'aggregate', programId: P, path: GPS1 },
];
const ACTIONS: Action[] = ['read', 'create', 'update', 'delete', 'updateRecord', 'import', 'export', 'share'];

afterEach(() => {
  me.value = null;
});

describe('the web app asks the policy with the actor from /api/auth/me', () => {
  for (const [key, demo] of Object.entries(DEMO)) {
    it(`answers as the server does for the demo ${key}, online and from the copy kept offline`, () => {
      const server = serverActor(key, demo);
      const { csrfToken: _, ...stored } = meOf(key, demo);
      for (const user of [meOf(key, demo), { ...JSON.parse(JSON.stringify(stored)), csrfToken: '' }]) {
        me.value = user;
        for (const r of RESOURCES)
          for (const action of ACTIONS)
            expect(may(action, r), `${key} ${action} ${r.type} ${'path' in r ? r.path : ''}`).toBe(
              can(server, action, r),
            );
      }
    });
  }

  it('grants nothing by a role whose unit path an older app version did not keep', () => {
    const old = meOf('officer', DEMO.officer as Demo);
    me.value = { ...old, roles: old.roles.map(({ path: _, ...r }) => r as MeRole) };
    expect(actor.value?.assignments).toEqual([]);
    expect(may('read', { type: 'group', programId: P, path: UTHAL, groupId: GROUP })).toBe(false);
    expect(browses.value).toBe(false);
  });

  it('shows the menus of what each demo role may do somewhere in its program', () => {
    const seen: Record<string, [boolean, boolean, boolean]> = {};
    for (const [key, demo] of Object.entries(DEMO)) {
      me.value = meOf(key, demo);
      const newGroup = maySomewhere(
        'create',
        (path, programId) => ({ type: 'group', programId, path, groupId: '' }),
        P,
      );
      seen[key] = [browses.value, mayImport.value, newGroup];
    }
    expect(seen).toEqual({
      programAdmin: [true, true, true],
      officer: [true, false, false],
      headTeacher: [true, false, false],
      mentor: [true, false, false],
      teacher: [false, false, false],
      researcher: [false, false, false],
      systemAdmin: [true, true, true],
    });
  });
});

describe('policy resources from the local store (offline screens)', () => {
  const device = localDbs('policy-test');
  const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });

  async function synced() {
    const db = await device();
    await applyPull(db, (await getMeta<string>(db, 'clientId')) ?? '', {
      cursor: 1,
      lastMutationId: 0,
      reset: true,
      more: false,
      scope: '0',
      rejected: [],
      changes: [
        row('programs', { id: P, name: 'PTMP Balochistan', rootOrgUnitId: 'root' }),
        row('orgUnits', { id: 'root', programId: P, name: 'Balochistan', path: ROOT }),
        row('orgUnits', { id: 'uthal', programId: P, name: 'Cluster Uthal', path: UTHAL }),
        row('orgUnits', { id: 'ggps', programId: P, name: 'GGPS Uthal', path: GGPS }),
        row('groups', { id: GROUP, programId: P, kind: 'cluster', name: 'Uthal', orgUnitId: 'uthal' }),
        row('persons', { id: 'p-teacher', programId: P, fullName: 'Shazia Baloch', schoolId: 'ggps' }),
        row('persons', { id: 'p-mentor', programId: P, fullName: 'Abdul Ghani Jamot', schoolId: null }),
        row('roleAssignments', { id: 'ra', personId: 'p-teacher', role: 'teacher', programId: P, orgUnitId: 'ggps' }),
        row('groupMembers', {
          id: 'm',
          groupId: GROUP,
          personId: 'p-teacher',
          role: 'mentee',
          startDate: '2026-01-01',
          endDate: null,
        }),
      ],
    });
    return db;
  }

  it('builds the person and group the server would ask about', async () => {
    const db = await synced();
    const teacher = (await db.rows('persons').get('p-teacher')) as unknown as Parameters<typeof localPersonResource>[1];
    expect(await localPersonResource(db, teacher)).toEqual(RESOURCES[5]);
    const mentor = (await db.rows('persons').get('p-mentor')) as unknown as Parameters<typeof localPersonResource>[1];
    expect((await localPersonResource(db, mentor)).path).toBe(ROOT); // no school: the program's root
    const group = (await db.rows('groups').get(GROUP)) as unknown as Parameters<typeof localGroupResource>[1];
    expect(await localGroupResource(db, group)).toEqual(RESOURCES[3]);
  });

  it('refuses what needs a unit this device does not hold, but not what is the user’s own', async () => {
    const db = await synced();
    const teacher = (await db.rows('persons').get('p-teacher')) as unknown as Parameters<typeof localPersonResource>[1];
    const elsewhere = await localPersonResource(db, { ...teacher, schoolId: 'not-on-this-phone' });
    me.value = meOf('programAdmin', DEMO.programAdmin as Demo);
    expect(may('update', elsewhere)).toBe(false);
    me.value = meOf('teacher', DEMO.teacher as Demo);
    expect(may('update', elsewhere)).toBe(true);
    expect(may('updateRecord', elsewhere)).toBe(false);
  });
});
