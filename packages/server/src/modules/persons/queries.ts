import {
  type Actor,
  AppError,
  can,
  type Gender,
  NO_PRIVILEGES,
  type Person,
  type Resource,
  readScope,
} from '@mentora/core';
import { sql } from 'kysely';
import { type Clock, today } from '../../clock';
import type { Db } from '../../db/connect';
import { currentMembership } from '../../db/current-membership';
import { parseJsonArray } from '../../db/json';
import type { PersonRow } from '../../db/schema';
import { privilegesOf } from './privileges';
import { keyMatches, phoneDigitsOf } from './search';

export function personRowToPerson(r: PersonRow): Person {
  return {
    id: r.id,
    programId: r.programId,
    fullName: r.fullName,
    gender: r.gender as Gender | null,
    subjects: parseJsonArray(r.subjects),
    grades: parseJsonArray(r.grades),
    yearsExperience: r.yearsExperience,
    phone: r.phone,
    email: r.email,
    schoolId: r.schoolId,
    emisId: r.emisId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: r.version,
  };
}

export async function programRootPath(db: Db, programId: string): Promise<string> {
  const p = await db.selectFrom('programs').select('rootOrgUnitId').where('id', '=', programId).executeTakeFirst();
  if (!p) throw new AppError('not_found', 'Program not found');
  // A program with no tree yet lives under a path no assignment can cover but a system admin.
  return p.rootOrgUnitId ? `/${p.rootOrgUnitId}/` : `/program:${programId}/`;
}

/**
 * Where a person lives for the policy: their school's path (or the program root), their current
 * groups, and what they hold (roles, system admin) so nobody manages someone who outranks them.
 */
export async function personResources(
  db: Db,
  people: readonly PersonRow[],
  clock: Clock,
): Promise<Map<string, Resource>> {
  const out = new Map<string, Resource>();
  if (people.length === 0) return out;
  const schoolIds = [...new Set(people.map((p) => p.schoolId).filter((s): s is string => s !== null))];
  const schools = schoolIds.length
    ? await db.selectFrom('orgUnits').select(['id', 'path']).where('id', 'in', schoolIds).execute()
    : [];
  const pathOf = new Map(schools.map((s) => [s.id, s.path]));
  const day = today(clock);
  const members = await db
    .selectFrom('groupMembers')
    .select(['personId', 'groupId'])
    .where(
      'personId',
      'in',
      people.map((p) => p.id),
    )
    .where(currentMembership(day))
    .execute();
  const holdings = await privilegesOf(
    db,
    people.map((p) => p.id),
  );
  const roots = new Map<string, string>();
  for (const p of people) {
    let path = p.schoolId ? pathOf.get(p.schoolId) : undefined;
    if (path === undefined) {
      if (!roots.has(p.programId)) roots.set(p.programId, await programRootPath(db, p.programId));
      path = roots.get(p.programId) as string;
    }
    const groupIds = members.filter((m) => m.personId === p.id).map((m) => m.groupId);
    const holds = holdings.get(p.id) ?? NO_PRIVILEGES;
    out.set(p.id, { type: 'person', programId: p.programId, path, personId: p.id, groupIds, holds });
  }
  return out;
}

export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('persons').selectAll().where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
}

export async function personResource(db: Db, person: PersonRow, clock: Clock): Promise<Resource & { type: 'person' }> {
  const r = (await personResources(db, [person], clock)).get(person.id);
  return r as Resource & { type: 'person' };
}

export async function getReadablePerson(db: Db, actor: Actor, id: string, clock: Clock) {
  const person = await findPerson(db, id);
  if (!person) throw new AppError('not_found', 'Person not found');
  const resource = await personResource(db, person, clock);
  if (!can(actor, 'read', resource)) throw new AppError('not_found', 'Person not found');
  return { person, resource };
}

export interface PersonFilter {
  programId: string;
  orgUnitPath: string | null;
  q: string | null;
  role: string | null;
  limit: number;
  offset: number;
}

/**
 * Lists people in SQL already narrowed to what the actor's roles and groups may read, then
 * passes every row through the policy (the SQL narrowing is for speed, the policy is the rule).
 */
export async function listPersons(db: Db, actor: Actor, f: PersonFilter, clock: Clock) {
  const { all, paths: scopes, groupIds } = readScope(actor, f.programId);
  const rootPath = await programRootPath(db, f.programId);
  let q = db
    .selectFrom('persons as p')
    .leftJoin('orgUnits as s', 's.id', 'p.schoolId')
    .where('p.programId', '=', f.programId)
    .where('p.deletedAt', 'is', null);
  if (!all) {
    q = q.where((eb) =>
      eb.or([
        eb('p.id', '=', actor.personId),
        ...scopes.map((path) => eb(eb.fn.coalesce('s.path', eb.val(rootPath)), 'like', `${path}%`)),
        ...(groupIds.length
          ? [
              eb(
                'p.id',
                'in',
                eb
                  .selectFrom('groupMembers')
                  .select('personId')
                  .where('groupId', 'in', groupIds)
                  .where(currentMembership(today(clock))),
              ),
            ]
          : []),
      ]),
    );
  }
  if (f.orgUnitPath) q = q.where('s.path', 'like', `${f.orgUnitPath}%`);
  if (f.q) {
    // Issue 10, kind 3: the term's key in the stored key (any case, script, diacritics), or its
    // digits in the phone (any spelling); wildcards typed by a person match only themselves.
    const name = keyMatches('p.searchKey', f.q);
    const digits = phoneDigitsOf(f.q);
    q = q.where((eb) =>
      eb.or([
        ...(name ? [name] : []),
        ...(digits ? [eb('p.phone', 'like', `%${digits}%`)] : []),
        ...(name || digits ? [] : [sql<boolean>`1 = 0`]),
      ]),
    );
  }
  if (f.role) {
    const role = f.role;
    q = q.where('p.id', 'in', (eb) =>
      eb.selectFrom('roleAssignments').select('personId').where('role', '=', role).where('deletedAt', 'is', null),
    );
  }
  const [{ total }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    q.selectAll('p').orderBy('p.fullName').orderBy('p.id').limit(f.limit).offset(f.offset).execute(),
  ]);
  const resources = await personResources(db, rows, clock);
  const items = rows.filter((r) => can(actor, 'read', resources.get(r.id) as Resource)).map(personRowToPerson);
  return { items, total: Number(total) };
}
