import type { AccountResource, Privileges } from './index';
import { actors, C1, checkMatrix, D1, holding, P, privilegeRows, R, type Row, S2, teacherAt } from './test-matrix';

function account(programId: string, path: string, holds: Privileges): AccountResource {
  return { type: 'account', programId, path, personId: 'target', holds };
}
const grant = (role: 'program_admin' | 'mentor', path: string): AccountResource =>
  account(P, S2, holding(...teacherAt(S2).assignments, { role, programId: P, path }));

const rows: Row[] = [
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
  // Issue 6, defect 1: nobody manages an account holding a privilege they could not grant themselves.
  ...privilegeRows('issue a code for / disable / change the roles of', (programId, path, holds) => [
    'update',
    account(programId, path, holds),
  ]),
  ...privilegeRows('create a login for', (programId, path, holds) => ['create', account(programId, path, holds)]),
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
    'an admin issues a code for their own account',
    'update',
    { ...account(P, R, actors.admin), personId: 'admin' },
    ['sysadmin'],
  ],
];

checkMatrix('accounts policy (account privileges: role × action × rank, in and out of scope)', rows);
