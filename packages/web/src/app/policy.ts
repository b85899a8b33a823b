/**
 * The web app asks core's policy (ARCHITECTURE §3): the screens hide what `can()` refuses, online
 * and offline, with the actor built from `/api/auth/me` (kept on the device for offline use).
 * Imported from `@mentora/core/policy`, which loads no zod: the bundle stays small.
 */
import type { Group, Person } from '@mentora/core';
import {
  type ActionOn,
  type Actor,
  actorFromMe,
  can,
  type GroupResource,
  isCurrentMember,
  type PersonResource,
  type Resource,
  readScope,
} from '@mentora/core/policy';
import { computed } from '@preact/signals';
import type { LocalDb } from '../store/db';
import { localDb } from '../store/device';
import { useLive } from '../store/live';
import { me, programId } from './session';

/** The signed-in user as the policy sees them; null when nobody is signed in. */
export const actor = computed<Actor | null>(() => (me.value ? actorFromMe(me.value) : null));

/** May the signed-in user do `action` on `resource`? The same answer the server enforces. */
export function may<R extends Resource>(action: ActionOn<R['type']>, resource: R): boolean {
  return can(actor.value, action, resource);
}

/**
 * May the user do `action` on a record of this kind *somewhere* in the program: at one of the units
 * they hold a role at. For menus and "New …" buttons; a record's own screen asks with the record.
 * `at(path)` builds the resource at a unit path.
 */
export function maySomewhere<R extends Resource>(
  action: ActionOn<R['type']>,
  at: (path: string, programId: string) => R,
  program: string | null = programId.value,
): boolean {
  const a = actor.value;
  if (!a) return false;
  const inProgram = program ?? '';
  const paths = a.assignments.filter((x) => x.programId === inProgram).map((x) => x.path);
  // A system admin's rules never read the path: any unit asks the same question.
  if (a.systemAdmin) paths.push('/');
  return paths.some((path) => can(a, action, at(path, inProgram)));
}

/** Officials and mentors browse the people, groups and org tree of their scope (core `readScope`). */
export const browses = computed(() => {
  const a = actor.value;
  if (!a) return false;
  const scope = readScope(a, programId.value ?? '');
  return scope.all || scope.paths.length > 0;
});

/**
 * A record whose unit is not on this device: it lies under no scope, so a rule that reads the path
 * refuses (deny by default) while rules about the user themselves or their groups still answer.
 */
const NOWHERE = '';

async function unitPath(db: LocalDb, unitId: string | null | undefined): Promise<string> {
  if (!unitId) return NOWHERE;
  const unit = await db.rows('orgUnits').get(unitId);
  return typeof unit?.path === 'string' ? unit.path : NOWHERE;
}

const today = () => new Date().toISOString().slice(0, 10);
/**
 * The policy resource of a person from the local store, for offline screens: their school's path
 * (the program's root without a school), their current groups, the roles they hold. The device does
 * not know whether someone else is a system admin; the server's refusal (kept for fix or discard)
 * stays the rule, and online the screens use the server's `may` answers instead.
 */
export async function localPersonResource(db: LocalDb, person: Person): Promise<PersonResource> {
  const program = await db.rows('programs').get(person.programId);
  const path = await unitPath(db, person.schoolId ?? (program?.rootOrgUnitId as string | null | undefined));
  const day = today();
  const memberships = await db.rows('groupMembers').where('personId').equals(person.id).toArray();
  const roles = await db.rows('roleAssignments').where('personId').equals(person.id).toArray();
  const assignments = await Promise.all(
    roles.map(async (r) => ({
      role: r.role as Actor['assignments'][number]['role'],
      programId: String(r.programId),
      path: await unitPath(db, r.orgUnitId as string),
    })),
  );
  return {
    type: 'person',
    programId: person.programId,
    path,
    personId: person.id,
    groupIds: memberships.filter((m) => isCurrentMember(m, day)).map((m) => String(m.groupId)),
    holds: { systemAdmin: false, assignments },
  };
}

/** The policy resource of a group from the local store (its unit's path). */
export async function localGroupResource(db: LocalDb, group: Group): Promise<GroupResource> {
  return { type: 'group', programId: group.programId, path: await unitPath(db, group.orgUnitId), groupId: group.id };
}

/**
 * A policy resource built from the local store (null until built, or with no local store): screens
 * use it when the server's `may` answers are not at hand — offline, or a record from the device.
 */
export function useLocalResource<R extends Resource>(
  build: (db: LocalDb) => Promise<R | null>,
  deps: readonly unknown[],
): R | null {
  return useLive(localDb.value, build, deps).value ?? null;
}

/** Roster files move in and out of the program through its admins (core policy/roster.ts). */
export const mayImport = computed(() =>
  maySomewhere('import', (path, programId) => ({ type: 'roster', programId, path })),
);

/** The program's admins configure its observation instruments (core policy/instruments.ts). */
export const mayConfigureInstruments = computed(() =>
  may('update', { type: 'instrument', programId: programId.value ?? '', published: true }),
);
