import { describe, expect, it } from 'vitest';
import { can, type Resource, type ResourceOf } from './index';
import { AREA_COUNT, POLICIES } from './registry';
import { actors, C1, G, P } from './test-matrix';

// That `@mentora/core/policy` loads no zod (it now reaches `areas/device.ts` and the mutators) is
// checked for every zod-free entry point at once by core/test/entries.test.ts.

describe('policy registry (can() dispatch)', () => {
  it('declares each resource type once', () => {
    expect(POLICIES.size).toBe(AREA_COUNT);
  });

  it('refuses a resource type no area declares, even to the system admin', () => {
    const unknown = { type: 'noSuchResource', programId: P, path: C1 } as unknown as Resource;
    expect(can(actors.sysadmin, 'read', unknown)).toBe(false);
    const proto = { type: 'toString', programId: P } as unknown as Resource;
    expect(can(actors.sysadmin, 'read', proto)).toBe(false);
  });

  it('refuses an action the area does not declare, even to the system admin', () => {
    const group = { type: 'group', programId: P, path: C1, groupId: G } as const;
    // A string that reached the client from elsewhere (an old cache, a typo) is refused at run time too.
    expect(can(actors.sysadmin, 'acknowledge' as 'read', group)).toBe(false);
    expect(can(actors.sysadmin, 'read', group)).toBe(true);
  });

  it("names an area's resource by its type, so a new area adds no re-export to policy/index.ts", () => {
    const group: ResourceOf<'group'> = { type: 'group', programId: P, path: C1, groupId: G };
    // @ts-expect-error a group resource names its group, not a person
    const wrong: ResourceOf<'group'> = { type: 'group', programId: P, path: C1, personId: 'p' };
    expect(can(actors.admin, 'update', group)).toBe(true);
    expect(wrong.type).toBe('group');
  });
});
