import type { InstrumentResource, ObservationResource } from './index';
import { C1, checkMatrix, G, P, type Row, S3 } from './test-matrix';

const published: InstrumentResource = { type: 'instrument', programId: P, published: true };
const draft: InstrumentResource = { ...published, published: false };
const everyoneInP = [
  'admin',
  'districtAdmin',
  'officer',
  'head',
  'mentor',
  'mentee',
  'outsider',
  'researcher',
  'sysadmin',
] as const;

checkMatrix('instruments policy (program configuration)', [
  ['read a published version', 'read', published, [...everyoneInP]],
  ['read a draft', 'read', draft, ['admin', 'districtAdmin', 'sysadmin']],
  ['create an instrument', 'create', published, ['admin', 'districtAdmin', 'sysadmin']],
  ['edit a draft', 'update', draft, ['admin', 'districtAdmin', 'sysadmin']],
  [
    'read an instrument of another program',
    'read',
    { ...published, programId: 'program-q' },
    ['otherAdmin', 'sysadmin'],
  ],
] satisfies Row[]);

const observation: ObservationResource = {
  type: 'observation',
  programId: P,
  path: C1,
  groupId: G,
  observerPersonId: 'mentor',
  observedPersonId: 'mentee',
};

// Metadata only (that it took place, when, status): the pair and the officials of its subtree.
checkMatrix('observations policy (metadata of a cycle)', [
  [
    'read a cycle of the C1 group',
    'read',
    observation,
    ['admin', 'districtAdmin', 'officer', 'mentor', 'mentee', 'sysadmin'],
  ],
  ['read a cycle in D2', 'read', { ...observation, path: S3 }, ['admin', 'mentor', 'mentee', 'sysadmin']],
  ['schedule or update a cycle', 'update', observation, ['mentor', 'mentee']],
  // Issue 8, point 7: whom the teacher shared the cycle with reads its metadata, and changes nothing.
  [
    'read a cycle in D2 shared with an outsider',
    'read',
    { ...observation, path: S3, sharedWithPersonIds: ['outsider'] },
    ['admin', 'mentor', 'mentee', 'outsider', 'sysadmin'],
  ],
  [
    'update a cycle shared with an outsider',
    'update',
    { ...observation, sharedWithPersonIds: ['outsider'] },
    ['mentor', 'mentee'],
  ],
  ['create a cycle for others', 'create', { ...observation, observerPersonId: 'outsider' }, ['mentee']],
  ['delete a cycle (it is cancelled, never deleted)', 'delete', observation, []],
] satisfies Row[]);
