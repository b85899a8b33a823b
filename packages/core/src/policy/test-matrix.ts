/**
 * The world every area's policy matrix is asked in (test code only). A program P: root R →
 * district D1 → cluster C1 → schools S1, S2; district D2 → school S3; and another program Q.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { type Action, can, type Privileges, type Resource } from './index';

export const P = 'program-p';
export const Q = 'program-q';
export const R = '/R/';
export const D1 = '/R/D1/';
export const C1 = '/R/D1/C1/';
export const S1 = '/R/D1/C1/S1/';
export const S2 = '/R/D1/C1/S2/';
export const D2 = '/R/D2/';
export const S3 = '/R/D2/S3/';
export const G = 'group-g'; // the cluster group of C1: mentor + mentee

const actor = (
  personId: string,
  assignments: Actor['assignments'],
  groups: Actor['groups'] = [],
  systemAdmin = false,
): Actor => ({
  userId: `u-${personId}`,
  personId,
  systemAdmin,
  assignments,
  groups,
});

export const actors = {
  admin: actor('admin', [{ role: 'program_admin', programId: P, path: R }]),
  districtAdmin: actor('districtAdmin', [{ role: 'program_admin', programId: P, path: D1 }]),
  officer: actor('officer', [{ role: 'district_officer', programId: P, path: D1 }]),
  head: actor('head', [{ role: 'head_teacher', programId: P, path: S1 }]),
  mentor: actor(
    'mentor',
    [
      { role: 'mentor', programId: P, path: C1 },
      { role: 'teacher', programId: P, path: S1 },
    ],
    [{ groupId: G, role: 'mentor' }],
  ),
  mentee: actor('mentee', [{ role: 'teacher', programId: P, path: S2 }], [{ groupId: G, role: 'mentee' }]),
  outsider: actor('outsider', [{ role: 'teacher', programId: P, path: S3 }]),
  researcher: actor('researcher', [{ role: 'researcher', programId: P, path: R }]),
  sysadmin: actor('sysadmin', [], [], true),
  otherAdmin: actor('otherAdmin', [{ role: 'program_admin', programId: Q, path: '/Q/' }]),
} as const;
export type Who = keyof typeof actors;
export const everyone = Object.keys(actors) as Who[];

/** One row: what is asked, the action, the resource, and who may do it; everyone else must be refused. */
export type Row = [string, Action, Resource, Who[]];

export const holding = (...assignments: Privileges['assignments']): Privileges => ({ systemAdmin: false, assignments });
export const teacherAt = (path: string): Privileges => holding({ role: 'teacher', programId: P, path });

/**
 * Issue 6, defect 1: nobody manages an account holding a privilege they could not grant themselves.
 * Targets of lower, equal and higher privilege than each admin; the system admin's person lives at
 * the program's root, inside every root admin's scope — that is how the takeover worked.
 * [name, program, path of the person, what the account holds, who may manage it]
 */
export const privilegeTargets: [string, string, string, Privileges, Who[]][] = [
  ['the system admin', P, R, { systemAdmin: true, assignments: [] }, ['sysadmin']],
  ['a program admin at the root', P, R, holding({ role: 'program_admin', programId: P, path: R }), ['sysadmin']],
  ['a program admin at D1', P, S1, holding({ role: 'program_admin', programId: P, path: D1 }), ['admin', 'sysadmin']],
  [
    'a program admin at C1',
    P,
    S2,
    holding({ role: 'program_admin', programId: P, path: C1 }),
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
  [
    'a teacher of P who is program admin of Q',
    P,
    S2,
    holding({ role: 'teacher', programId: P, path: S2 }, { role: 'program_admin', programId: Q, path: '/Q/' }),
    ['sysadmin'],
  ],
  ['a teacher of Q', Q, '/Q/S/', holding({ role: 'teacher', programId: Q, path: '/Q/S/' }), ['otherAdmin', 'sysadmin']],
  [
    'a district officer of D1',
    P,
    S1,
    holding({ role: 'district_officer', programId: P, path: D1 }),
    ['admin', 'districtAdmin', 'sysadmin'],
  ],
  ['a plain teacher in S2', P, S2, teacherAt(S2), ['admin', 'districtAdmin', 'sysadmin']],
];

/** Rows for one action across the privilege targets: `make` builds the resource asked about. */
export function privilegeRows(
  verb: string,
  make: (programId: string, path: string, holds: Privileges) => [Action, Resource],
): Row[] {
  return privilegeTargets.map(([name, programId, path, holds, allowed]) => {
    const [action, resource] = make(programId, path, holds);
    return [`${verb} ${name}`, action, resource, allowed];
  });
}

/** Asks every actor every row (role × action × in/out of scope); with no actor, everything is refused. */
export function checkMatrix(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [what, action, resource, allowed] of rows) {
      it(what, () => {
        const result = Object.fromEntries(everyone.map((who) => [who, can(actors[who], action, resource)]));
        const expected = Object.fromEntries(everyone.map((who) => [who, allowed.includes(who)]));
        expect(result).toEqual(expected);
      });
    }

    it('denies everything to nobody', () => {
      for (const [, action, resource] of rows) expect(can(null, action, resource)).toBe(false);
    });
  });
}
