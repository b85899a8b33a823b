import { describe, expect, it } from 'vitest';
import type { AggregateResource, ContentResource, VisitResource, WorkloadResource } from './index';
import { can } from './index';
import { actors, C1, checkMatrix, D1, G, P, R, type Row, S1, S2, S3 } from './test-matrix';

// The world: cluster group G of C1 (mentor + mentee); `head` is the head teacher of S1.
const visitS1: VisitResource = { type: 'visit', programId: P, path: S1, groupId: G, mentorPersonId: 'mentor' };
const visitS2: VisitResource = { ...visitS1, path: S2 };
const visitD2: VisitResource = { type: 'visit', programId: P, path: S3, groupId: 'other', mentorPersonId: 'x' };
// The support given: the mentor's own note (author = owner = mentor, no partner).
const note: ContentResource = {
  type: 'content',
  kind: 'visit_note',
  programId: P,
  path: S1,
  authorPersonId: 'mentor',
  ownerPersonId: 'mentor',
  groupId: null,
  participantPersonIds: ['mentor'],
  sharedWithPersonIds: [],
};
const workload: WorkloadResource = { type: 'workload', programId: P, paths: [C1], mentorPersonId: 'mentor' };
const counts = (path: string): AggregateResource => ({ type: 'aggregate', programId: P, path });

// Issue 9: the cluster's mentor plans and records; the head teacher of the visited school reads the
// visit and acknowledges it; officials and program admins get counts only, never a visit or its note.
const rows: Row[] = [
  ['read a visit to S1', 'read', visitS1, ['mentor', 'head', 'sysadmin']],
  ['plan a visit to S1', 'create', visitS1, ['mentor']],
  ['change or record a visit to S1', 'update', visitS1, ['mentor']],
  ['acknowledge a visit to S1', 'acknowledge', visitS1, ['head']],
  ['read a visit to S2 (another head’s school)', 'read', visitS2, ['mentor', 'sysadmin']],
  ['acknowledge a visit to S2', 'acknowledge', visitS2, []],
  ['read a visit of another cluster in D2', 'read', visitD2, ['sysadmin']],
  ['record a visit of another cluster', 'update', visitD2, []],
  ['read the support given at a visit', 'read', note, ['mentor']],
  ['change the support given', 'update', note, ['mentor']],
  ['read a mentor’s workload', 'read', workload, ['admin', 'districtAdmin', 'officer', 'mentor', 'sysadmin']],
  [
    'read the workload of a mentor working in D2',
    'read',
    { ...workload, paths: [S3], mentorPersonId: 'x' },
    ['admin', 'sysadmin'],
  ],
  ['read visit counts of D1', 'read', counts(D1), ['admin', 'districtAdmin', 'officer', 'sysadmin']],
  ['read visit counts of S1', 'read', counts(S1), ['admin', 'districtAdmin', 'officer', 'head', 'sysadmin']],
  ['read visit counts of the program', 'read', counts(R), ['admin', 'sysadmin']],
];

checkMatrix('visits policy (role × action, in and out of scope)', rows);

describe('visits policy: a co-mentor', () => {
  it('records the cluster’s visits but reads no other mentor’s note', () => {
    const coMentor = { ...actors.outsider, groups: [{ groupId: G, role: 'mentor' as const }] };
    expect(can(coMentor, 'update', visitS1)).toBe(true);
    expect(can(coMentor, 'read', note)).toBe(false);
  });
});
