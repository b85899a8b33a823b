import type {
  Concern,
  ConcernDetail,
  ConcernRaiser,
  ConcernState,
  ConcernTransitionRecord,
  Resource,
} from '@mentora/core';
import type { Db } from '../../db/connect';
import type { ConcernDetailRow, ConcernRaiserRow, ConcernRow, ConcernTransitionRow } from './schema';

type ConcernResource = Extract<Resource, { type: 'concern' }>;

/** A row as a device stores it: versions are numbers and booleans real on both engines. */
export function concernRecord({ withdrawnVersion: _w, ...r }: ConcernRow): Concern {
  return {
    ...r,
    state: r.state as ConcernState,
    sharedWithCluster: Boolean(r.sharedWithCluster),
    showRaiserName: Boolean(r.showRaiserName),
    agendaPosition: r.agendaPosition === null ? null : Number(r.agendaPosition),
    reopenedCount: Number(r.reopenedCount),
    resolutionDays: r.resolutionDays === null ? null : Number(r.resolutionDays),
    version: Number(r.version),
  };
}

export const raiserRecord = (r: ConcernRaiserRow): ConcernRaiser => ({
  ...r,
  showName: Boolean(r.showName),
  version: Number(r.version),
});

export const transitionRecord = (r: ConcernTransitionRow): ConcernTransitionRecord => ({
  ...r,
  fromState: r.fromState as ConcernState | null,
  toState: r.toState as ConcernState,
  version: Number(r.version),
});

/**
 * A concern's text as a device stores it. Issue 9: the raiser's person id must not reach other
 * teachers' devices through any table, so the owner and author columns travel empty to everyone;
 * who raised it reaches only those who may know, through `concernRaisers`.
 */
export const detailRecord = (r: ConcernDetailRow): ConcernDetail => ({
  ...r,
  ownerPersonId: '',
  authorPersonId: '',
  version: Number(r.version),
});

/** The raisers of these concerns, by concern id (one query). */
export async function raisersOf(db: Db, concernIds: readonly string[]): Promise<Map<string, ConcernRaiserRow[]>> {
  const out = new Map<string, ConcernRaiserRow[]>();
  if (concernIds.length === 0) return out;
  const rows = await db
    .selectFrom('concernRaisers')
    .selectAll()
    .where('concernId', 'in', [...new Set(concernIds)])
    .where('deletedAt', 'is', null)
    .orderBy('raisedAt')
    .execute();
  for (const r of rows) out.set(r.concernId, [...(out.get(r.concernId) ?? []), r]);
  return out;
}

/**
 * The policy resource of a concern row with its raisers. Raisers merged in (`viaMerge`) follow the
 * concern's state; with `text: true` (the resource of its description and resolution) they are left
 * out, so a merge never hands one teacher another's words.
 */
export const concernResource = (
  c: ConcernRow,
  raisers: readonly ConcernRaiserRow[],
  { text = false }: { text?: boolean } = {},
): ConcernResource => ({
  type: 'concern',
  programId: c.programId,
  groupId: c.groupId,
  raiserPersonIds: raisers.filter((r) => !r.viaMerge).map((r) => r.personId),
  followerPersonIds: text ? [] : raisers.filter((r) => r.viaMerge).map((r) => r.personId),
  sharedWithCluster: Boolean(c.sharedWithCluster),
});

/** The resources of these concern rows, by concern id, in one query. */
export async function concernResources(
  db: Db,
  rows: readonly ConcernRow[],
  options: { text?: boolean } = {},
): Promise<Map<string, ConcernResource>> {
  const raisers = await raisersOf(
    db,
    rows.map((r) => r.id),
  );
  return new Map(rows.map((r) => [r.id, concernResource(r, raisers.get(r.id) ?? [], options)]));
}

/** The concerns with these ids (live), by id. */
export async function concernsById(db: Db, ids: readonly string[]): Promise<Map<string, ConcernRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('concerns')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .where('deletedAt', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The resource of one raiser row: read by that raiser, the mentor, and the cluster only when the
 * concern is shared and this raiser chose to show their name (issue 9). A co-raiser of a merged
 * concern does not learn the other raisers' names unless they chose to show them.
 */
export const raiserResource = (c: ConcernRow, r: ConcernRaiserRow): ConcernResource => ({
  type: 'concern',
  programId: c.programId,
  groupId: c.groupId,
  raiserPersonIds: [r.personId],
  sharedWithCluster: Boolean(c.sharedWithCluster) && Boolean(r.showName),
});

/** The resource of one transition: read by the mentor and whoever made it (it names them). */
export const transitionResource = (c: ConcernRow, t: ConcernTransitionRow): ConcernResource => ({
  type: 'concern',
  programId: c.programId,
  groupId: c.groupId,
  raiserPersonIds: [t.byPersonId],
  sharedWithCluster: false,
});
