import type { ResourceOf } from './index';
import { C1, checkMatrix, D2, G, P, type Row, S1 } from './test-matrix';

const unshared: ResourceOf<'concern'> = {
  type: 'concern',
  programId: P,
  groupId: G,
  raiserPersonIds: ['mentee'],
  sharedWithCluster: false,
};
const shared: ResourceOf<'concern'> = { ...unshared, sharedWithCluster: true };
const otherCluster: ResourceOf<'concern'> = { ...shared, groupId: 'other', raiserPersonIds: ['outsider'] };
const stats = (path: string): ResourceOf<'concernStats'> => ({ type: 'concernStats', programId: P, path });

// Issue 9, privacy: the raiser, the cluster's mentor, and the cluster once shared — never an
// official, a head teacher, a program admin or the system admin; they read counts only.
const rows: Row[] = [
  ['read a concern kept to the mentor', 'read', unshared, ['mentee', 'mentor']],
  ['read a concern shared with the cluster', 'read', shared, ['mentee', 'mentor']],
  ['read a concern of another cluster', 'read', otherCluster, ['outsider']],
  ['raise a concern in the cluster', 'create', unshared, ['mentee', 'mentor']],
  ['edit or share a concern', 'update', shared, ['mentee']],
  ['put on the agenda, discuss, resolve, follow up', 'manage', shared, ['mentor']],
  ['manage a concern of another cluster', 'manage', otherCluster, []],
  ['reopen a concern', 'reopen', unshared, ['mentee', 'mentor']],
  ['read the concern figures of C1', 'read', stats(C1), ['admin', 'districtAdmin', 'officer', 'sysadmin']],
  ['read the concern figures of S1', 'read', stats(S1), ['admin', 'districtAdmin', 'officer', 'head', 'sysadmin']],
  ['read the concern figures of D2', 'read', stats(D2), ['admin', 'sysadmin']],
];

checkMatrix('concerns policy (role × action, in and out of scope)', rows);
