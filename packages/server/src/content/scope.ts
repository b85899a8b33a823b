import { type Expression, type SqlBool, sql } from 'kysely';
import type { WorkingSet } from '../sync/working-set';

/**
 * The content rows a device holds (ARCHITECTURE §3, §5), as one SQL predicate over a content table's
 * standard columns (`ContentColumns`): what the user wrote; what belongs to a pair they are part of
 * (unless it is its author's alone); what its author showed to a group they are in; what was shared
 * with them. The same rule as core's `contentResource` + `can(…, 'read')`, which the pull still
 * checks row by row; this narrows the read to those rows in SQL. `alias`: the table's alias, if any.
 */
export function contentScope(ws: WorkingSet, alias?: string): Expression<SqlBool> {
  const c = (col: string) => sql.ref(alias ? `${alias}.${col}` : col);
  const me = ws.personId;
  const inList = (col: string, ids: readonly string[]) =>
    ids.length ? sql<SqlBool>`${c(col)} in (${sql.join(ids)})` : sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${c('authorPersonId')} = ${me}
    or (${c('visibility')} <> 'author' and (${c('ownerPersonId')} = ${me} or ${c('partnerPersonId')} = ${me}))
    or (${c('visibility')} = 'group' and ${inList('groupId', ws.groupIds)})
    or ${inList('id', ws.sharedRecordIds)})`;
}

/**
 * The rows read with a record shared with the user (`column` holds that record's id: an
 * observation's responses by `observationId`), unless a row is its author's alone — the pull checks
 * each row with `contentResources(…, parents)`; this is its SQL superset. Or it with `contentScope`.
 */
export function sharedVia(ws: WorkingSet, column: string): Expression<SqlBool> {
  if (ws.sharedRecordIds.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.ref('visibility')} <> 'author' and ${sql.ref(column)} in (${sql.join(ws.sharedRecordIds)}))`;
}
