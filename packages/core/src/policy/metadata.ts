import { type Actor, holds, inProgram, memberOf } from './actor';
import { outranks } from './privileges';
import type { Action, Resource } from './resources';

type Of<T extends Resource['type']> = Extract<Resource, { type: T }>;

const ADMIN = ['program_admin'] as const;
/** Officials and mentors who read the records of their subtree. */
const SCOPE_READERS = ['program_admin', 'district_officer', 'head_teacher', 'mentor'] as const;

export function programRule(actor: Actor, action: Action, r: Of<'program'>): boolean {
  if (action === 'read') return actor.systemAdmin || inProgram(actor, r.programId);
  if (action === 'create' || action === 'delete') return actor.systemAdmin;
  return actor.systemAdmin || actor.assignments.some((a) => a.programId === r.programId && a.role === 'program_admin');
}

export function orgUnitRule(actor: Actor, action: Action, r: Of<'org_unit'>): boolean {
  if (actor.systemAdmin) return true;
  if (action === 'read') {
    // Anyone in the program sees the units of their scope and the chain above it (for breadcrumbs).
    return actor.assignments.some(
      (a) => a.programId === r.programId && (r.path.startsWith(a.path) || a.path.startsWith(r.path)),
    );
  }
  return holds(actor, ADMIN, r.programId, r.path);
}

export function personRule(actor: Actor, action: Action, r: Of<'person'>): boolean {
  if (actor.systemAdmin) return true;
  if (action === 'read') {
    if (r.personId === actor.personId) return true;
    if (r.groupIds.some((g) => memberOf(actor, g))) return true;
    return r.path !== null && holds(actor, SCOPE_READERS, r.programId, r.path);
  }
  if (action === 'update' && r.personId === actor.personId) return true;
  return holds(actor, ADMIN, r.programId, r.path) && outranks(actor, r.holds);
}

/**
 * Reading a login's state follows scope; creating, issuing codes, disabling and changing roles
 * also need the actor to outrank the account (issue 6: a program admin took over the system admin).
 */
export function accountRule(actor: Actor, action: Action, r: Of<'account'>): boolean {
  if (actor.systemAdmin) return true;
  if (action === 'read' && r.personId === actor.personId) return true;
  if (!holds(actor, ADMIN, r.programId, r.path)) return false;
  return action === 'read' || outranks(actor, r.holds);
}

export function roleAssignmentRule(actor: Actor, action: Action, r: Of<'role_assignment'>): boolean {
  if (actor.systemAdmin) return true;
  if (action === 'read' && r.personId === actor.personId) return true;
  return holds(actor, ADMIN, r.programId, r.path);
}

export function groupRule(actor: Actor, action: Action, r: Of<'group'>): boolean {
  if (actor.systemAdmin) return true;
  if (action === 'read') return memberOf(actor, r.groupId) || holds(actor, SCOPE_READERS, r.programId, r.path);
  return holds(actor, ADMIN, r.programId, r.path);
}

export function rosterRule(actor: Actor, _action: Action, r: Of<'roster_import'> | Of<'roster_export'>): boolean {
  return actor.systemAdmin || holds(actor, ADMIN, r.programId, r.path);
}

export function aggregateRule(actor: Actor, action: Action, r: Of<'aggregate'>): boolean {
  if (action !== 'read') return false;
  return actor.systemAdmin || holds(actor, ['program_admin', 'district_officer', 'head_teacher'], r.programId, r.path);
}
