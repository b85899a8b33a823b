import { checkMatrix, D1, P, type Row, S1, S3 } from './test-matrix';

const rows: Row[] = [
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
];

checkMatrix('org policy (role × action, in and out of scope)', rows);
