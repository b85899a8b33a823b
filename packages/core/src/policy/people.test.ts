import { NO_PRIVILEGES, type PersonResource, type Privileges } from './index';
import { actors, checkMatrix, G, holding, P, privilegeRows, R, type Row, S2, S3, teacherAt } from './test-matrix';

const menteeSelf: PersonResource = {
  type: 'person',
  programId: P,
  path: S2,
  personId: 'mentee',
  groupIds: [G],
  holds: teacherAt(S2),
};
const teacherInD2: PersonResource = {
  type: 'person',
  programId: P,
  path: S3,
  personId: 'someone-in-s3',
  groupIds: [],
  holds: teacherAt(S3),
};
function person(programId: string, path: string, holds: Privileges): PersonResource {
  return { type: 'person', programId, path, personId: 'target', groupIds: [], holds };
}
/** The admin of program Q as a teacher of program P: an admin, but not here. */
const otherAdminInP: PersonResource = {
  ...menteeSelf,
  personId: 'otherAdmin',
  groupIds: [],
  holds: holding(...teacherAt(S2).assignments, ...actors.otherAdmin.assignments),
};

const rows: Row[] = [
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
  // Issue 6, defect 1: nobody edits or archives someone holding a privilege they could not grant.
  ...privilegeRows('edit the profile of', (programId, path, holds) => ['update', person(programId, path, holds)]),
  ...privilegeRows('archive', (programId, path, holds) => ['delete', person(programId, path, holds)]),
  [
    'an admin edits their own profile',
    'update',
    { ...person(P, R, actors.admin), personId: 'admin' },
    ['admin', 'sysadmin'],
  ],
  // The program's record of a person (school, gender, experience, EMIS id) is the admins' to keep.
  ['change the school of a teacher in scope', 'updateRecord', menteeSelf, ['admin', 'districtAdmin', 'sysadmin']],
  ['change the school of a teacher out of scope', 'updateRecord', teacherInD2, ['admin', 'sysadmin']],
  ...privilegeRows('change the school of', (programId, path, holds) => [
    'updateRecord',
    person(programId, path, holds),
  ]),
  [
    'an admin changes their own school',
    'updateRecord',
    { ...person(P, R, actors.admin), personId: 'admin' },
    ['admin', 'sysadmin'],
  ],
  // Issue 7: an admin of program Q edits their own name in P, but not their record there.
  ['an admin of another program edits their own name', 'update', otherAdminInP, ['otherAdmin', 'sysadmin']],
  ['an admin of another program changes their own school', 'updateRecord', otherAdminInP, ['sysadmin']],
];

checkMatrix('people policy (role × action × rank, in and out of scope)', rows);
