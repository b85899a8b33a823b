import { checkMatrix, type Row } from './test-matrix';

const P = 'program-p';
const rows: Row[] = [
  [
    'read the program',
    'read',
    { type: 'program', programId: P },
    ['admin', 'districtAdmin', 'officer', 'head', 'mentor', 'mentee', 'outsider', 'researcher', 'sysadmin'],
  ],
  ['update the program', 'update', { type: 'program', programId: P }, ['admin', 'districtAdmin', 'sysadmin']],
  ['create a program', 'create', { type: 'program', programId: 'new' }, ['sysadmin']],
];

checkMatrix('programs policy (role × action, in and out of scope)', rows);
