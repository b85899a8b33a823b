import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { type Action, can, NO_PRIVILEGES, type Privileges, type Resource } from './index';

// A program P: root R → district D1 → cluster C1 → schools S1, S2; district D2 → school S3.
const P = 'program-p';
const Q = 'program-q';
const R = '/R/';
const D1 = '/R/D1/';
const C1 = '/R/D1/C1/';
const S1 = '/R/D1/C1/S1/';
const S2 = '/R/D1/C1/S2/';
const D2 = '/R/D2/';
const S3 = '/R/D2/S3/';
const G = 'group-g'; // the cluster group of C1: mentor + mentee

const actor = (
  personId: string,
  assignments: Actor['assignments'],
  groups: Actor['groups'] = [],
  systemAdmin = false,
): Actor => ({
  userId: `u-${personId}`,
  personId,
  systemAdmin,
  assignments,
  groups,
});

const actors = {
  admin: actor('admin', [{ role: 'program_admin', programId: P, path: R }]),
  districtAdmin: actor('districtAdmin', [{ role: 'program_admin', programId: P, path: D1 }]),
  officer: actor('officer', [{ role: 'district_officer', programId: P, path: D1 }]),
  head: actor('head', [{ role: 'head_teacher', programId: P, path: S1 }]),
  mentor: actor(
    'mentor',
    [
      { role: 'mentor', programId: P, path: C1 },
      { role: 'teacher', programId: P, path: S1 },
    ],
    [{ groupId: G, role: 'mentor' }],
  ),
  mentee: actor('mentee', [{ role: 'teacher', programId: P, path: S2 }], [{ groupId: G, role: 'mentee' }]),
  outsider: actor('outsider', [{ role: 'teacher', programId: P, path: S3 }]),
  researcher: actor('researcher', [{ role: 'researcher', programId: P, path: R }]),
  sysadmin: actor('sysadmin', [], [], true),
  otherAdmin: actor('otherAdmin', [{ role: 'program_admin', programId: Q, path: '/Q/' }]),
} as const;
type Who = keyof typeof actors;
const everyone = Object.keys(actors) as Who[];

const teacherAt = (path: string): Privileges => ({
  systemAdmin: false,
  assignments: [{ role: 'teacher', programId: P, path }],
});
const menteeSelf: Resource = {
  type: 'person',
  programId: P,
  path: S2,
  personId: 'mentee',
  groupIds: [G],
  holds: teacherAt(S2),
};
const teacherInD2: Resource = {
  type: 'person',
  programId: P,
  path: S3,
  personId: 'someone-in-s3',
  groupIds: [],
  holds: teacherAt(S3),
};
const group: Resource = { type: 'group', programId: P, path: C1, groupId: G };
const observation: Resource = {
  type: 'content',
  kind: 'observation',
  programId: P,
  path: S2,
  authorPersonId: 'mentor',
  groupId: G,
  participantPersonIds: ['mentor', 'mentee'],
  sharedWithPersonIds: [],
};
const reflectionSharedWithOfficer: Resource = {
  type: 'content',
  kind: 'reflection',
  programId: P,
  path: S2,
  authorPersonId: 'mentee',
  groupId: null,
  participantPersonIds: [],
  sharedWithPersonIds: ['officer'],
};

/** Who may do it; everyone else must be refused. */
const matrix: [string, Action, Resource, Who[]][] = [
  [
    'read a teacher in scope (D1)',
    'read',
    menteeSelf,
    ['admin', 'districtAdmin', 'officer', 'mentor', 'mentee', 'sysadmin'],
  ],
  ['read a teacher out of scope (D2)', 'read', teacherInD2, ['admin', 'sysadmin']],
  ['update a teacher in scope', 'update', menteeSelf, ['admin', 'districtAdmin', 'mentee', 'sysadmin']],
  ['update a teacher out of scope', 'update', teacherInD2, ['admin', 'sysadmin']],
  ['delete a teacher', 'delete', menteeSelf, ['admin', 'districtAdmin', 'sysadmin']],
  ['create a teacher in S3', 'create', { ...teacherInD2, personId: '', holds: NO_PRIVILEGES }, ['admin', 'sysadmin']],
  ['read the cluster group', 'read', group, ['admin', 'districtAdmin', 'officer', 'mentor', 'mentee', 'sysadmin']],
  ['update the cluster group', 'update', group, ['admin', 'districtAdmin', 'sysadmin']],
  ['create a group in D2', 'create', { ...group, path: S3, groupId: 'new' }, ['admin', 'sysadmin']],
  [
    'read school S3',
    'read',
    { type: 'org_unit', programId: P, path: S3 },
    ['admin', 'outsider', 'researcher', 'sysadmin'],
  ],
  [
    'read district D1 (an ancestor of own scope)',
    'read',
    { type: 'org_unit', programId: P, path: D1 },
    ['admin', 'districtAdmin', 'officer', 'head', 'mentor', 'mentee', 'researcher', 'sysadmin'],
  ],
  [
    'create a unit under D1',
    'create',
    { type: 'org_unit', programId: P, path: D1 },
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
  ['rename school S1', 'update', { type: 'org_unit', programId: P, path: S1 }, ['admin', 'districtAdmin', 'sysadmin']],
  [
    'read the program',
    'read',
    { type: 'program', programId: P },
    ['admin', 'districtAdmin', 'officer', 'head', 'mentor', 'mentee', 'outsider', 'researcher', 'sysadmin'],
  ],
  ['update the program', 'update', { type: 'program', programId: P }, ['admin', 'districtAdmin', 'sysadmin']],
  ['create a program', 'create', { type: 'program', programId: 'new' }, ['sysadmin']],
  [
    'read aggregates of D1',
    'read',
    { type: 'aggregate', programId: P, path: D1 },
    ['admin', 'districtAdmin', 'officer', 'sysadmin'],
  ],
  [
    'read aggregates of S1',
    'read',
    { type: 'aggregate', programId: P, path: S1 },
    ['admin', 'districtAdmin', 'officer', 'head', 'sysadmin'],
  ],
  ['read aggregates of D2', 'read', { type: 'aggregate', programId: P, path: D2 }, ['admin', 'sysadmin']],
  ['import a roster', 'create', { type: 'roster_import', programId: P, path: R }, ['admin', 'sysadmin']],
  [
    'export a roster of D1',
    'read',
    { type: 'roster_export', programId: P, path: D1 },
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
  [
    'manage a teacher account in S2',
    'update',
    { type: 'account', programId: P, path: S2, personId: 'mentee', holds: teacherAt(S2) },
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
  [
    'read own account',
    'read',
    { type: 'account', programId: P, path: S2, personId: 'mentee', holds: teacherAt(S2) },
    ['admin', 'districtAdmin', 'mentee', 'sysadmin'],
  ],
  [
    'assign a role in S3',
    'create',
    { type: 'role_assignment', programId: P, path: S3, personId: 'x' },
    ['admin', 'sysadmin'],
  ],
  // Mentoring, not monitoring: content is read by the pair/group, never because of a role.
  ['read an observation of the pair', 'read', observation, ['mentor', 'mentee']],
  ['update an observation', 'update', observation, ['mentor']],
  ['delete an observation', 'delete', observation, ['mentor']],
  ['create an observation in own group', 'create', observation, ['mentor']],
  ['read a reflection the teacher shared with the officer', 'read', reflectionSharedWithOfficer, ['mentee', 'officer']],
  ['read an upload of the mentee', 'read', { type: 'upload', ownerUserId: 'u-mentee' }, ['mentee']],
  ['append to an upload of the mentor', 'update', { type: 'upload', ownerUserId: 'u-mentor' }, ['mentor']],
];

/**
 * Issue 6, defect 1: nobody manages an account holding a privilege they could not grant themselves.
 * Targets of lower, equal and higher privilege than each admin; the system admin's person lives at
 * the program's root, inside every root admin's scope — that is how the takeover worked.
 */
const holding = (...assignments: Privileges['assignments']): Privileges => ({ systemAdmin: false, assignments });
const targets: [string, string, string, Privileges, Who[]][] = [
  // [name, program, path of the person, what the account holds, who may manage it]
  ['the system admin', P, R, { systemAdmin: true, assignments: [] }, ['sysadmin']],
  ['a program admin at the root', P, R, holding({ role: 'program_admin', programId: P, path: R }), ['sysadmin']],
  ['a program admin at D1', P, S1, holding({ role: 'program_admin', programId: P, path: D1 }), ['admin', 'sysadmin']],
  [
    'a program admin at C1',
    P,
    S2,
    holding({ role: 'program_admin', programId: P, path: C1 }),
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
  [
    'a teacher of P who is program admin of Q',
    P,
    S2,
    holding({ role: 'teacher', programId: P, path: S2 }, { role: 'program_admin', programId: Q, path: '/Q/' }),
    ['sysadmin'],
  ],
  ['a teacher of Q', Q, '/Q/S/', holding({ role: 'teacher', programId: Q, path: '/Q/S/' }), ['otherAdmin', 'sysadmin']],
  [
    'a district officer of D1',
    P,
    S1,
    holding({ role: 'district_officer', programId: P, path: D1 }),
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
  ['a plain teacher in S2', P, S2, teacherAt(S2), ['admin', 'districtAdmin', 'sysadmin']],
];
const accountActions: [string, (programId: string, path: string, holds: Privileges) => [Action, Resource]][] = [
  [
    'issue a code for / disable / change the roles of',
    (programId, path, holds) => ['update', account(programId, path, holds)],
  ],
  ['create a login for', (programId, path, holds) => ['create', account(programId, path, holds)]],
  ['edit the profile of', (programId, path, holds) => ['update', person(programId, path, holds)]],
  ['archive', (programId, path, holds) => ['delete', person(programId, path, holds)]],
];
function account(programId: string, path: string, holds: Privileges): Extract<Resource, { type: 'account' }> {
  return { type: 'account', programId, path, personId: 'target', holds };
}
function person(programId: string, path: string, holds: Privileges): Extract<Resource, { type: 'person' }> {
  return { type: 'person', programId, path, personId: 'target', groupIds: [], holds };
}
const grant = (role: 'program_admin' | 'mentor', path: string): Resource =>
  account(P, S2, holding(...teacherAt(S2).assignments, { role, programId: P, path }));
matrix.push(
  ...targets.flatMap(([name, programId, path, holds, allowed]) =>
    accountActions.map(([verb, make]): [string, Action, Resource, Who[]] => {
      const [action, resource] = make(programId, path, holds);
      return [`${verb} ${name}`, action, resource, allowed];
    }),
  ),
  // Granting a role is checked on the account as it would be after the grant.
  ['make a teacher program admin at the root', 'update', grant('program_admin', R), ['sysadmin']],
  ['make a teacher program admin at D1', 'update', grant('program_admin', D1), ['admin', 'sysadmin']],
  ['make a teacher program admin at C1', 'update', grant('program_admin', C1), ['admin', 'districtAdmin', 'sysadmin']],
  ['make a teacher mentor at D1', 'update', grant('mentor', D1), ['admin', 'districtAdmin', 'sysadmin']],
  // Reading a login's state follows scope, whoever holds it.
  [
    'read the account of the system admin',
    'read',
    account(P, R, { systemAdmin: true, assignments: [] }),
    ['admin', 'sysadmin'],
  ],
  [
    'an admin edits their own profile',
    'update',
    { ...person(P, R, actors.admin), personId: 'admin' },
    ['admin', 'sysadmin'],
  ],
  [
    'an admin issues a code for their own account',
    'update',
    { ...account(P, R, actors.admin), personId: 'admin' },
    ['sysadmin'],
  ],
);

describe('can (policy matrix: every role × action, in and out of scope)', () => {
  for (const [what, action, resource, allowed] of matrix) {
    it(what, () => {
      const result = Object.fromEntries(everyone.map((who) => [who, can(actors[who], action, resource)]));
      const expected = Object.fromEntries(everyone.map((who) => [who, allowed.includes(who)]));
      expect(result).toEqual(expected);
    });
  }

  it('denies everything to nobody', () => {
    for (const [, action, resource] of matrix) expect(can(null, action, resource)).toBe(false);
  });

  it('never lets an official role read content it is not part of, whatever its scope', () => {
    const officials = [actors.admin, actors.officer, actors.head, actors.sysadmin, actors.researcher];
    const kinds = ['observation', 'reflection', 'one_to_one_note', 'concern_detail', 'meeting_note'] as const;
    for (const kind of kinds)
      for (const a of officials) expect(can(a, 'read', { ...observation, kind, path: S1 } as Resource)).toBe(false);
  });

  it('ends access with the group membership', () => {
    const former = { ...actors.mentee, groups: [] };
    expect(can(former, 'read', { ...observation, participantPersonIds: ['mentor'] })).toBe(false);
  });
});
