import { type AssignableRole, NO_PRIVILEGES, type Privileges, type Resource } from '@mentora/core';
import type { Db } from '../../db/connect';

/**
 * What each person holds, for the policy's "nobody manages an account that outranks them"
 * (issue 6): their live role assignments with unit paths, and whether their login is a system
 * admin. Two queries for any number of people; a person with neither maps to NO_PRIVILEGES.
 * Roles at archived units are kept: counting too much only makes the check stricter.
 */
export async function privilegesOf(db: Db, personIds: readonly string[]): Promise<Map<string, Privileges>> {
  const out = new Map<string, Privileges>();
  if (personIds.length === 0) return out;
  const ids = [...new Set(personIds)];
  const [roles, sysadmins] = await Promise.all([
    db
      .selectFrom('roleAssignments as ra')
      .innerJoin('orgUnits as u', 'u.id', 'ra.orgUnitId')
      .select(['ra.personId', 'ra.role', 'ra.programId', 'u.path'])
      .where('ra.personId', 'in', ids)
      .where('ra.deletedAt', 'is', null)
      .execute(),
    db.selectFrom('users').select('personId').where('personId', 'in', ids).where('isSystemAdmin', '=', 1).execute(),
  ]);
  const admins = new Set(sysadmins.map((u) => u.personId));
  for (const id of ids) {
    const assignments = roles
      .filter((r) => r.personId === id)
      .map((r) => ({ role: r.role as AssignableRole, programId: r.programId, path: r.path }));
    out.set(id, admins.has(id) || assignments.length ? { systemAdmin: admins.has(id), assignments } : NO_PRIVILEGES);
  }
  return out;
}

/**
 * The policy resource for a person's login and the privileges it carries. `holds` defaults to
 * what the person holds now; role commands pass it as it would be after a grant.
 */
export function accountResource(
  person: Extract<Resource, { type: 'person' }>,
  holds: Privileges = person.holds,
): Extract<Resource, { type: 'account' }> {
  return { type: 'account', programId: person.programId, path: person.path, personId: person.personId, holds };
}
