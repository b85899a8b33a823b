import { describe, expect, it } from 'vitest';
import { can, type GroupResource } from './index';
import { actors, C1, checkMatrix, G, P, type Row, S3 } from './test-matrix';

const group: GroupResource = { type: 'group', programId: P, path: C1, groupId: G };

const rows: Row[] = [
  ['read the cluster group', 'read', group, ['admin', 'districtAdmin', 'officer', 'mentor', 'mentee', 'sysadmin']],
  ['update the cluster group', 'update', group, ['admin', 'districtAdmin', 'sysadmin']],
  ['create a group in D2', 'create', { ...group, path: S3, groupId: 'new' }, ['admin', 'sysadmin']],
];

checkMatrix('groups policy (role × action, in and out of scope)', rows);

describe('groups policy actions', () => {
  it('knows only the actions the groups area declares', () => {
    // @ts-expect-error a group is not acknowledged (visits will be); the type system refuses the question
    expect(can(actors.sysadmin, 'acknowledge', group)).toBe(false);
    // @ts-expect-error sharing is an act on content, not on a group
    expect(can(actors.admin, 'share', group)).toBe(false);
  });
});
