import { type Actor, can } from '@mentora/core';
import type { Clock } from '../../clock';
import type { Db } from '../../db/connect';
import { accountResource } from './privileges';
import { getReadablePerson, personRowToPerson } from './queries';

/** A person's page: profile, roles, groups, and — for those who manage accounts — the login's state. */
export async function personDetail(db: Db, actor: Actor, id: string, clock: Clock) {
  const { person, resource } = await getReadablePerson(db, actor, id, clock);
  const [school, roles, groups, user] = await Promise.all([
    person.schoolId
      ? db.selectFrom('orgUnits').select(['id', 'name']).where('id', '=', person.schoolId).executeTakeFirst()
      : undefined,
    db
      .selectFrom('roleAssignments as ra')
      .innerJoin('orgUnits as u', 'u.id', 'ra.orgUnitId')
      .select(['ra.id', 'ra.role', 'ra.programId', 'ra.orgUnitId', 'u.name as orgUnitName'])
      .where('ra.personId', '=', person.id)
      .where('ra.deletedAt', 'is', null)
      .execute(),
    db
      .selectFrom('groupMembers as m')
      .innerJoin('groups as g', 'g.id', 'm.groupId')
      .select(['m.id', 'm.groupId', 'g.name as groupName', 'm.role', 'm.startDate', 'm.endDate'])
      .where('m.personId', '=', person.id)
      .where('m.deletedAt', 'is', null)
      .where('g.deletedAt', 'is', null)
      .execute(),
    db
      .selectFrom('users')
      .select(['id', 'loginPhone', 'loginEmail', 'passwordHash', 'disabledAt'])
      .where('personId', '=', person.id)
      .executeTakeFirst(),
  ]);
  const accountVisible = can(actor, 'read', accountResource(resource));
  return {
    person: personRowToPerson(person),
    school: school ?? null,
    roles,
    groups,
    account:
      user && accountVisible
        ? {
            userId: user.id,
            login: user.loginPhone ?? user.loginEmail,
            hasPassword: user.passwordHash !== null,
            disabled: user.disabledAt !== null,
          }
        : null,
    may: {
      update: can(actor, 'update', resource),
      updateRecord: can(actor, 'updateRecord', resource),
      delete: can(actor, 'delete', resource),
      readAccount: accountVisible,
      manageAccount: can(actor, 'update', accountResource(resource)),
    },
  };
}
