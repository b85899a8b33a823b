import { type Actor, AppError, can, type OrgUnit, type OrgUnitKind, type Resource } from '@mentora/core';
import type { Db } from '../../db/connect';
import type { OrgUnitRow } from '../../db/schema';

export function orgUnitRowToOrgUnit(r: OrgUnitRow): OrgUnit {
  return {
    id: r.id,
    programId: r.programId,
    parentId: r.parentId,
    name: r.name,
    kind: r.kind as OrgUnitKind,
    emisCode: r.emisCode,
    path: r.path,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: r.version,
  };
}

export const orgUnitResource = (u: Pick<OrgUnitRow, 'programId' | 'path'>): Resource => ({
  type: 'org_unit',
  programId: u.programId,
  path: u.path,
});

export async function findOrgUnit(db: Db, id: string): Promise<OrgUnitRow | undefined> {
  return db.selectFrom('orgUnits').selectAll().where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
}

export async function getReadableOrgUnit(db: Db, actor: Actor, id: string): Promise<OrgUnitRow> {
  const unit = await findOrgUnit(db, id);
  if (!unit || !can(actor, 'read', orgUnitResource(unit))) throw new AppError('not_found', 'Org unit not found');
  return unit;
}

export async function listChildren(db: Db, actor: Actor, programId: string, parentId: string | null) {
  let q = db
    .selectFrom('orgUnits as u')
    .selectAll('u')
    .select((eb) =>
      eb
        .selectFrom('orgUnits as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.parentId', '=', 'u.id')
        .where('c.deletedAt', 'is', null)
        .as('childCount'),
    )
    .where('u.programId', '=', programId)
    .where('u.deletedAt', 'is', null)
    .orderBy('u.name');
  if (parentId !== null) q = q.where('u.parentId', '=', parentId);
  else {
    // No parent given: the top of what this actor sees — its assignment units (or the root for admins).
    const tops = topPaths(actor, programId);
    if (tops === 'all') q = q.where('u.parentId', 'is', null);
    else if (tops.length === 0) return [];
    else q = q.where('u.path', 'in', tops);
  }
  const rows = await q.execute();
  return rows
    .filter((r) => can(actor, 'read', orgUnitResource(r)))
    .map((r) => ({ ...orgUnitRowToOrgUnit(r), childCount: Number(r.childCount ?? 0) }));
}

/** The highest units an actor's roles reach in a program (nested scopes collapse into the outer one). */
function topPaths(actor: Actor, programId: string): string[] | 'all' {
  if (actor.systemAdmin) return 'all';
  const paths = [...new Set(actor.assignments.filter((a) => a.programId === programId).map((a) => a.path))];
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

export async function ancestorsOf(db: Db, unit: OrgUnitRow): Promise<OrgUnit[]> {
  const ids = unit.path.split('/').filter((s) => s && s !== unit.id);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('orgUnits').selectAll().where('id', 'in', ids).execute();
  return rows.sort((a, b) => a.path.length - b.path.length).map(orgUnitRowToOrgUnit);
}

export async function unitCounts(db: Db, unit: OrgUnitRow) {
  const [children, persons] = await Promise.all([
    db
      .selectFrom('orgUnits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parentId', '=', unit.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('persons as p')
      .innerJoin('orgUnits as s', 's.id', 'p.schoolId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('s.path', 'like', `${unit.path}%`)
      .where('p.deletedAt', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { childCount: Number(children.n), personCount: Number(persons.n) };
}
