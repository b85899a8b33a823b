import { describe, expect, it } from 'vitest';
import { type AggregateResource, can } from './index';
import { actors, checkMatrix, D1, D2, P, type Row, S1 } from './test-matrix';

const rows: Row[] = [
  [
    'read aggregates of D1',
    'read',
    { type: 'aggregate', programId: P, path: D1 },
    ['admin', 'districtAdmin', 'officer', 'sysadmin'],
  ],
  [
    'read aggregates of S1',
    'read',
    { type: 'aggregate', programId: P, path: S1 },
    ['admin', 'districtAdmin', 'officer', 'head', 'sysadmin'],
  ],
  ['read aggregates of D2', 'read', { type: 'aggregate', programId: P, path: D2 }, ['admin', 'sysadmin']],
];

checkMatrix('monitoring policy (role × action, in and out of scope)', rows);

describe('monitoring policy actions', () => {
  it('has nobody write an aggregate: it is computed', () => {
    const aggregate: AggregateResource = { type: 'aggregate', programId: P, path: D1 };
    // @ts-expect-error aggregates are read only
    expect(can(actors.sysadmin, 'update', aggregate)).toBe(false);
  });
});
