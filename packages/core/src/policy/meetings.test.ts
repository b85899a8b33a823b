import type { ContactHoursResource, MeetingResource } from './index';
import { C1, checkMatrix, G, P, type Row, S2, S3 } from './test-matrix';

const meeting: MeetingResource = { type: 'meeting', programId: P, path: C1, groupId: G, pairPersonIds: [] };
const oneToOne: MeetingResource = { ...meeting, pairPersonIds: ['mentor', 'mentee'] };
const otherPair: MeetingResource = { ...meeting, pairPersonIds: ['mentor', 'someone-else'] };
const hours: ContactHoursResource = { type: 'contactHours', programId: P, path: S2, personId: 'mentee', groupIds: [G] };

// ARCHITECTURE §3: officials read that a meeting took place (metadata), never a researcher; the
// group's mentor records; a one-to-one is its pair's. The head of S1 is not in scope of C1's group.
const rows: Row[] = [
  ['read a group meeting', 'read', meeting, ['admin', 'districtAdmin', 'officer', 'mentor', 'mentee', 'sysadmin']],
  ['record a group meeting', 'update', meeting, ['mentor']],
  ['schedule a group meeting', 'create', meeting, ['mentor']],
  ['read a one-to-one', 'read', oneToOne, ['admin', 'districtAdmin', 'officer', 'mentor', 'mentee', 'sysadmin']],
  [
    'read a one-to-one with another mentee',
    'read',
    otherPair,
    ['admin', 'districtAdmin', 'officer', 'mentor', 'sysadmin'],
  ],
  ['record a one-to-one', 'update', oneToOne, ['mentor']],
  // Issue 8, point 7: whom the teacher shared its notes with reads that it took place — no more.
  [
    'read a one-to-one in D2 whose notes were shared with an outsider',
    'read',
    { ...oneToOne, path: S3, groupId: 'other', sharedWithPersonIds: ['outsider'] },
    ['admin', 'outsider', 'sysadmin'],
  ],
  [
    'record a one-to-one shared with an outsider',
    'update',
    { ...oneToOne, sharedWithPersonIds: ['outsider'] },
    ['mentor'],
  ],
  ['read a meeting of a group in D2', 'read', { ...meeting, path: S3, groupId: 'other' }, ['admin', 'sysadmin']],
  [
    'read a teacher’s contact hours',
    'read',
    hours,
    ['admin', 'districtAdmin', 'officer', 'mentor', 'mentee', 'sysadmin'],
  ],
  [
    'read the contact hours of a teacher in D2 outside any group',
    'read',
    { ...hours, path: S3, personId: 'outsider', groupIds: [] },
    ['admin', 'outsider', 'sysadmin'],
  ],
];

checkMatrix('meetings policy (role × action, in and out of scope)', rows);
