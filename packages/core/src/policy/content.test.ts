import { describe, expect, it } from 'vitest';
import { type ContentResource, can } from './index';
import { actors, checkMatrix, G, P, type Row, S1, S2 } from './test-matrix';

const observation: ContentResource = {
  type: 'content',
  kind: 'observation',
  programId: P,
  path: S2,
  authorPersonId: 'mentor',
  groupId: G,
  participantPersonIds: ['mentor', 'mentee'],
  sharedWithPersonIds: [],
};
const reflectionSharedWithOfficer: ContentResource = {
  type: 'content',
  kind: 'reflection',
  programId: P,
  path: S2,
  authorPersonId: 'mentee',
  groupId: null,
  participantPersonIds: [],
  sharedWithPersonIds: ['officer'],
};

// Mentoring, not monitoring: content is read by the pair/group, never because of a role.
const rows: Row[] = [
  ['read an observation of the pair', 'read', observation, ['mentor', 'mentee']],
  ['update an observation', 'update', observation, ['mentor']],
  ['delete an observation', 'delete', observation, ['mentor']],
  ['create an observation in own group', 'create', observation, ['mentor']],
  ['read a reflection the teacher shared with the officer', 'read', reflectionSharedWithOfficer, ['mentee', 'officer']],
  // Sharing is the teacher's act: the officer it was shared with may not pass it on, nor may an admin.
  ['share own reflection', 'share', reflectionSharedWithOfficer, ['mentee']],
  ['share an observation written about the mentee', 'share', observation, ['mentor']],
];

checkMatrix('content policy (role × action, in and out of scope)', rows);

describe('content policy invariants', () => {
  it('never lets an official role read content it is not part of, whatever its scope', () => {
    const officials = [actors.admin, actors.officer, actors.head, actors.sysadmin, actors.researcher];
    const kinds = ['observation', 'reflection', 'one_to_one_note', 'concern_detail', 'meeting_note'] as const;
    for (const kind of kinds)
      for (const a of officials) expect(can(a, 'read', { ...observation, kind, path: S1 })).toBe(false);
  });

  it('never lets an official share content, whatever its scope', () => {
    const officials = [actors.admin, actors.officer, actors.head, actors.sysadmin, actors.researcher];
    for (const a of officials) expect(can(a, 'share', { ...reflectionSharedWithOfficer, path: S1 })).toBe(false);
  });

  it('ends access with the group membership', () => {
    const former = { ...actors.mentee, groups: [] };
    expect(can(former, 'read', { ...observation, participantPersonIds: ['mentor'] })).toBe(false);
  });
});
