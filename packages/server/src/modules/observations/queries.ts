import type { ItemType } from '@mentora/core';
import {
  type Actor,
  AppError,
  can,
  cycleStage,
  type NextStep,
  type Observation,
  type ObservationDetails,
  type ObservationDirection,
  type ObservationNote,
  type ObservationResource,
  type ObservationResponse,
  type ObservationStatus,
  type Resource,
} from '@mentora/core';
import type { Clock } from '../../clock';
import { auditReadsByShare } from '../../content/read-audit';
import { type ContentParent, contentResources, liveSharees } from '../../content/resources';
import type { Db } from '../../db/connect';
import { parseJsonArray, parseJsonObject } from '../../db/json';
import type { ObservationDetailsRow, ObservationNoteRow, ObservationResponseRow, ObservationRow } from './schema';

/** The content kind of every observation content table (core policy/content.ts). */
export const KIND = 'observation' as const;

export function observationRowToObservation(r: ObservationRow): Observation {
  return { ...r, direction: r.direction as ObservationDirection, status: r.status as ObservationStatus };
}

export function detailsRowToDetails(r: ObservationDetailsRow): ObservationDetails {
  return {
    ...r,
    focusItemKeys: parseJsonArray(r.focusItemKeys),
    focusNeedIds: parseJsonArray(r.focusNeedIds),
    nextSteps: parseJsonObject<NextStep[]>(r.nextSteps),
  };
}

export function responseRowToResponse(r: ObservationResponseRow): ObservationResponse {
  return { ...r, itemType: r.itemType as ItemType, value: parseJsonObject<unknown>(r.value) };
}

export const noteRowToNote = (r: ObservationNoteRow): ObservationNote => ({ ...r });

/** An observation with the path of its group's unit (the scope officials are asked about). */
export async function findObservation(db: Db, id: string) {
  return db
    .selectFrom('observations as o')
    .innerJoin('groups as g', 'g.id', 'o.groupId')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .selectAll('o')
    .select('u.path')
    .where('o.id', '=', id)
    .where('o.deletedAt', 'is', null)
    .executeTakeFirst();
}

export const observationResource = (o: {
  programId: string;
  path: string;
  groupId: string;
  observerPersonId: string;
  observedPersonId: string;
  sharedWithPersonIds?: readonly string[];
}): ObservationResource => ({
  type: 'observation',
  programId: o.programId,
  path: o.path,
  groupId: o.groupId,
  observerPersonId: o.observerPersonId,
  observedPersonId: o.observedPersonId,
  sharedWithPersonIds: o.sharedWithPersonIds ?? [],
});

/** The metadata resources of a batch of observations, by id, in two queries (the pull's check), with their sharees. */
export async function observationResources(db: Db, rows: readonly ObservationRow[]): Promise<Map<string, Resource>> {
  const [groups, sharees] = await Promise.all([
    db
      .selectFrom('groups as g')
      .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
      .select(['g.id', 'u.path'])
      .where('g.id', 'in', [...new Set(rows.map((r) => r.groupId))])
      .execute(),
    liveSharees(
      db,
      'observationDetails',
      rows.map((r) => r.id),
    ),
  ]);
  const pathOf = new Map(groups.map((g) => [g.id, g.path]));
  const out = new Map<string, Resource>();
  for (const r of rows) {
    const path = pathOf.get(r.groupId);
    if (path !== undefined)
      out.set(r.id, observationResource({ ...r, path, sharedWithPersonIds: sharees.get(r.id) ?? [] }));
  }
  return out;
}

/**
 * `GET /api/observations/:id`: the metadata and stage for whoever may read the observation (the
 * pair, officials in scope, whom the teacher shared it with); the content rows only those the actor
 * may read as content — the pair, and whom the teacher shared them with (a share of the details
 * covers the responses and notes: `readWithDetails`). An official gets `content: null`, never an empty look-alike.
 * Errors: `not_found` when the actor may not read even the metadata.
 */
export async function observationView(db: Db, actor: Actor, id: string, clock: Clock) {
  const o = await findObservation(db, id);
  if (!o) throw new AppError('not_found', 'Observation not found');
  const { path: _path, ...row } = o;
  const observation = observationRowToObservation(row);
  const [details, responses, notes] = await Promise.all([
    db.selectFrom('observationDetails').selectAll().where('id', '=', id).where('deletedAt', 'is', null).execute(),
    db
      .selectFrom('observationResponses')
      .selectAll()
      .where('observationId', '=', id)
      .where('deletedAt', 'is', null)
      .orderBy('itemKey')
      .execute(),
    db
      .selectFrom('observationNotes')
      .selectAll()
      .where('observationId', '=', id)
      .where('deletedAt', 'is', null)
      .orderBy('at')
      .orderBy('id')
      .execute(),
  ]);
  const [dRes, rRes, nRes] = await Promise.all([
    contentResources(db, 'observationDetails', KIND, details),
    contentResources(db, 'observationResponses', KIND, responses, readWithDetails(responses)),
    contentResources(db, 'observationNotes', KIND, notes, readWithDetails(notes)),
  ]);
  const readable = <T extends { id: string }>(rows: T[], res: Map<string, Resource>) =>
    rows.filter((r) => {
      const resource = res.get(r.id);
      return resource !== undefined && can(actor, 'read', resource);
    });
  const d = readable(details, dRes)[0];
  await auditReadsByShare(db, actor, clock, [
    { table: 'observationDetails', rows: details, resources: dRes },
    { table: 'observationResponses', rows: responses, resources: rRes, parents: readWithDetails(responses) },
    { table: 'observationNotes', rows: notes, resources: nRes, parents: readWithDetails(notes) },
  ]);
  // Whom the teacher shared the observation with reads it as the pair does, metadata included.
  if (!d && !can(actor, 'read', observationResource(o))) throw new AppError('not_found', 'Observation not found');
  // Officials learn the status only: what is due next would tell whether a reflection was written.
  if (!d)
    return {
      observation,
      cycle: { stage: observation.status, dueNext: null, who: null, personIds: [] },
      content: null,
    };
  const cycle = cycleStage(observation, detailsRowToDetails(d));
  return {
    observation,
    cycle,
    content: {
      details: detailsRowToDetails(d),
      responses: readable(responses, rRes).map(responseRowToResponse),
      notes: readable(notes, nRes).map(noteRowToNote),
    },
  };
}

/**
 * `GET /api/observations?groupId=`: the cycles of one group whose metadata `actor` may read (the
 * pair, officials in scope), newest first — that each took place, when, and its status; never
 * content. Errors: `not_found` when the group does not exist.
 */
export async function listGroupObservations(
  db: Db,
  actor: Actor,
  groupId: string,
  page: { limit: number; offset: number },
) {
  const group = await db
    .selectFrom('groups as g')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .select(['g.id', 'u.path'])
    .where('g.id', '=', groupId)
    .where('g.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!group) throw new AppError('not_found', 'Group not found');
  const rows = await db
    .selectFrom('observations')
    .selectAll()
    .where('groupId', '=', groupId)
    .where('deletedAt', 'is', null)
    .orderBy('scheduledFor', 'desc')
    .orderBy('id')
    .execute();
  const readable = rows.filter((r) => can(actor, 'read', observationResource({ ...r, path: group.path })));
  return {
    items: readable.slice(page.offset, page.offset + page.limit).map(observationRowToObservation),
    total: readable.length,
  };
}

/** Responses and notes are read with their observation's details (same id): a share of it covers them. */
export function readWithDetails(rows: readonly { id: string; observationId: string }[]): ContentParent[] {
  return [{ table: 'observationDetails', ids: new Map(rows.map((r) => [r.id, r.observationId])) }];
}

/**
 * A portfolio entry's title of each observation `actor` may read (issue 8, point 6): "<topic> —
 * <day>" when they read its content, else the day alone when they read its metadata (the
 * observed day, else the planned one, YYYY-MM-DD); others left out. Three queries for all ids.
 */
export async function observationLinkTitles(db: Db, actor: Actor, ids: readonly string[]) {
  const out = new Map<string, string>();
  const [metas, details] = await Promise.all([
    db.selectFrom('observations').selectAll().where('id', 'in', ids).where('deletedAt', 'is', null).execute(),
    db.selectFrom('observationDetails').selectAll().where('id', 'in', ids).where('deletedAt', 'is', null).execute(),
  ]);
  const [metaRes, detailRes] = await Promise.all([
    observationResources(db, metas),
    contentResources(db, 'observationDetails', KIND, details),
  ]);
  const topicOf = new Map(
    details.flatMap((d) => {
      const r = detailRes.get(d.id);
      return r && can(actor, 'read', r) ? [[d.id, d.topic] as const] : [];
    }),
  );
  for (const m of metas) {
    const r = metaRes.get(m.id);
    const day = (m.observedAt ?? m.scheduledFor).slice(0, 10);
    const topic = topicOf.get(m.id);
    if (topicOf.has(m.id)) out.set(m.id, topic ? `${topic} — ${day}` : day);
    else if (r && can(actor, 'read', r)) out.set(m.id, day);
  }
  return out;
}
