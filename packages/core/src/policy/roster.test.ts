import { checkMatrix, D1, P, R, type Row } from './test-matrix';

const rows: Row[] = [
  ['import a roster', 'import', { type: 'roster', programId: P, path: R }, ['admin', 'sysadmin']],
  [
    'export a roster of D1',
    'export',
    { type: 'roster', programId: P, path: D1 },
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
];

checkMatrix('roster policy (role × action, in and out of scope)', rows);
