import { type ContentKind, contentResource, type Resource } from '@mentora/core';
import type { Db } from '../db/connect';
import type { ContentColumns } from './schema';

/**
 * A record a row is read with (an observation's details for its responses, a goal for its actions):
 * `ids` maps a row's id to that record's id in `table`. A live share of it covers the row too,
 * unless the row is its author's alone (a share never reveals what its giver could not read).
 */
export interface ContentParent {
  readonly table: string;
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * The policy resources of a batch of content rows of one table, by id, in three queries whatever
 * the batch size (STYLE: check access in bulk): the owner's school path (else the program's root,
 * for aggregates; content reading never depends on it) and the live shares of each record, and of
 * the records it is read with (`parents`, e.g. the goal of an action). `kind`: the rows' content kind.
 */
export async function contentResources(
  db: Db,
  table: string,
  kind: ContentKind,
  rows: readonly ContentColumns[],
  parents: readonly ContentParent[] = [],
): Promise<Map<string, Resource>> {
  const out = new Map<string, Resource>();
  if (rows.length === 0) return out;
  const owners = [...new Set(rows.map((r) => r.ownerPersonId))];
  const [paths, roots, shares] = await Promise.all([
    db
      .selectFrom('persons as p')
      .innerJoin('orgUnits as u', 'u.id', 'p.schoolId')
      .select(['p.id', 'u.path'])
      .where('p.id', 'in', owners)
      .execute(),
    db
      .selectFrom('programs')
      .select(['id', 'rootOrgUnitId'])
      .where('id', 'in', [...new Set(rows.map((r) => r.programId))])
      .execute(),
    db
      .selectFrom('contentShares')
      .select(['tableName', 'recordId', 'personId'])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('tableName', '=', table),
            eb(
              'recordId',
              'in',
              rows.map((r) => r.id),
            ),
          ]),
          ...parents
            .filter((p) => p.ids.size > 0)
            .map((p) => eb.and([eb('tableName', '=', p.table), eb('recordId', 'in', [...new Set(p.ids.values())])])),
        ]),
      )
      .where('revokedAt', 'is', null)
      .where('deletedAt', 'is', null)
      .execute(),
  ]);
  const pathOf = new Map(paths.map((p) => [p.id, p.path]));
  const rootOf = new Map(roots.map((p) => [p.id, p.rootOrgUnitId ? `/${p.rootOrgUnitId}/` : `/program:${p.id}/`]));
  for (const r of rows) {
    const path = pathOf.get(r.ownerPersonId) ?? rootOf.get(r.programId) ?? `/program:${r.programId}/`;
    const via = r.visibility === 'author' ? [] : parents.map((p) => ({ table: p.table, id: p.ids.get(r.id) }));
    const shared = shares
      .filter(
        (s) =>
          (s.tableName === table && s.recordId === r.id) ||
          via.some((p) => p.table === s.tableName && p.id === s.recordId),
      )
      .map((s) => s.personId);
    out.set(r.id, contentResource({ ...r, kind, path }, shared));
  }
  return out;
}

/** One content row's resource (a command's check before it reads or writes the row). */
export async function contentResourceOf(db: Db, table: string, kind: ContentKind, row: ContentColumns) {
  return (await contentResources(db, table, kind, [row])).get(row.id) as Resource & { type: 'content' };
}

/**
 * Whom each record of `table` is shared with now (live shares), by record id: one query for the
 * batch. A metadata row whose content record shares its id (an observation's `observationDetails`,
 * a meeting's `meetingNotes`) reaches its sharees with it, so their device shows it in context.
 */
export async function liveSharees(db: Db, table: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const shares = await db
    .selectFrom('contentShares')
    .select(['recordId', 'personId'])
    .where('tableName', '=', table)
    .where('recordId', 'in', [...new Set(ids)])
    .where('revokedAt', 'is', null)
    .where('deletedAt', 'is', null)
    .execute();
  for (const s of shares) out.set(s.recordId, [...(out.get(s.recordId) ?? []), s.personId]);
  return out;
}
