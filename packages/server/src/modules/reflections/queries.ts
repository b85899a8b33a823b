import { type Actor, AppError, can, type Reflection, type ReflectionLinkType, type Resource } from '@mentora/core';
import type { Selectable } from 'kysely';
import type { LinkTitles } from '../../area';
import { contentResources } from '../../content/resources';
import type { Db } from '../../db/connect';
import { parseJsonObject } from '../../db/json';
import type { ReflectionsTable } from './schema';

export type ReflectionRow = Selectable<ReflectionsTable>;

/** The reflections table's content kind, for the policy and for `content.share`. */
export const REFLECTIONS = { table: 'reflections', kind: 'reflection' } as const;

export function reflectionRowToReflection(r: ReflectionRow): Reflection {
  return {
    id: r.id,
    programId: r.programId,
    groupId: r.groupId,
    ownerPersonId: r.ownerPersonId,
    partnerPersonId: r.partnerPersonId,
    authorPersonId: r.authorPersonId,
    visibility: r.visibility,
    promptSetKey: r.promptSetKey,
    answers: parseJsonObject<Record<string, string>>(r.answers),
    linkedType: r.linkedType as ReflectionLinkType | null,
    linkedId: r.linkedId,
    entryDate: r.entryDate,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: Number(r.version),
  };
}

/** A live (not deleted) reflection, or undefined. */
export function findReflection(db: Db, id: string): Promise<ReflectionRow | undefined> {
  return db
    .selectFrom('reflections')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

/** The policy resources of reflections, by id (bulk, with live shares). */
export function reflectionResources(db: Db, rows: readonly ReflectionRow[]): Promise<Map<string, Resource>> {
  return contentResources(db, REFLECTIONS.table, REFLECTIONS.kind, rows);
}

/** A reflection the actor may read, with its resource; `not_found` otherwise (existence is not revealed). */
export async function getReadableReflection(db: Db, actor: Actor, id: string) {
  const row = await findReflection(db, id);
  const resource = row ? (await reflectionResources(db, [row])).get(row.id) : undefined;
  if (!row || !resource || !can(actor, 'read', resource)) throw new AppError('not_found', 'Reflection not found');
  return { row, resource };
}

/**
 * A person's portfolio entries (those they wrote) that `actor` may read, newest first (entry date,
 * then time written), each with the title of what it links to when the linking area knows it and
 * the actor may read it. Officials read none unless an entry was shared with them (ARCHITECTURE §3).
 */
export async function readablePortfolio(
  db: Db,
  actor: Actor,
  personId: string,
  linkTitles: Partial<Record<ReflectionLinkType, LinkTitles>>,
) {
  const rows = await db
    .selectFrom('reflections')
    .selectAll()
    .where('authorPersonId', '=', personId)
    .where('deletedAt', 'is', null)
    .orderBy('entryDate', 'desc')
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const resources = await reflectionResources(db, rows);
  const readable = rows.flatMap((row) => {
    const resource = resources.get(row.id);
    return resource && can(actor, 'read', resource) ? [{ row, resource }] : [];
  });
  const titles = new Map<string, string>();
  for (const [type, titlesOf] of Object.entries(linkTitles) as [ReflectionLinkType, LinkTitles][]) {
    const ids = readable.flatMap(({ row }) => (row.linkedType === type && row.linkedId ? [row.linkedId] : []));
    if (ids.length) for (const [id, title] of await titlesOf(db, actor, ids)) titles.set(`${type}:${id}`, title);
  }
  return readable.map(({ row, resource }) => ({
    row,
    resource,
    reflection: reflectionRowToReflection(row),
    linkedTitle: row.linkedType && row.linkedId ? (titles.get(`${row.linkedType}:${row.linkedId}`) ?? null) : null,
    may: { update: can(actor, 'update', resource), share: can(actor, 'share', resource) },
  }));
}
