import { checkMatrix, P, type Row, S2, S3 } from './test-matrix';

const rows: Row[] = [
  [
    'assign a role in S3',
    'create',
    { type: 'role_assignment', programId: P, path: S3, personId: 'x' },
    ['admin', 'sysadmin'],
  ],
  [
    'read own role assignment',
    'read',
    { type: 'role_assignment', programId: P, path: S2, personId: 'mentee' },
    ['admin', 'districtAdmin', 'mentee', 'sysadmin'],
  ],
];

checkMatrix('roles policy (role × action, in and out of scope)', rows);
