import {
  type Actor,
  AppError,
  CONCERN_STATES,
  type ConcernState,
  can,
  isOverdueFollowUp,
  OPEN_CONCERN_STATES,
} from '@mentora/core';
import { type Clock, today } from '../../clock';
import type { Db } from '../../db/connect';
import { getReadableGroup } from '../groups/queries';
import { findOrgUnit } from '../org/queries';
import { concernRecord, concernResource, raiserResource, raisersOf } from './queries';
import type { ConcernRow } from './schema';

/**
 * The concerns among `rows` that `actor` may read, each with its text and the raisers' names the
 * actor may know (issue 9: "without the raiser's identity unless show-name was chosen").
 */
async function views(db: Db, actor: Actor, rows: readonly ConcernRow[], clock: Clock) {
  const raisers = await raisersOf(
    db,
    rows.map((r) => r.id),
  );
  const readable = rows.filter((r) => can(actor, 'read', concernResource(r, raisers.get(r.id) ?? [])));
  if (readable.length === 0) return [];
  // A raiser merged in follows the state; the text stays with the concern's own raisers.
  const ids = readable
    .filter((r) => can(actor, 'read', concernResource(r, raisers.get(r.id) ?? [], { text: true })))
    .map((r) => r.id);
  const details =
    ids.length === 0
      ? []
      : await db
          .selectFrom('concernDetails')
          .select(['concernId', 'description', 'resolution'])
          .where('concernId', 'in', ids)
          .execute();
  const known = readable.flatMap((r) =>
    (raisers.get(r.id) ?? []).filter((x) => can(actor, 'read', raiserResource(r, x))),
  );
  const names = known.length
    ? await db
        .selectFrom('persons')
        .select(['id', 'fullName'])
        .where(
          'id',
          'in',
          known.map((k) => k.personId),
        )
        .execute()
    : [];
  const day = today(clock);
  return readable.map((r) => {
    const c = concernRecord(r);
    const d = details.find((x) => x.concernId === r.id);
    const mine = raisers.get(r.id) ?? [];
    return {
      ...c,
      description: d?.description ?? '',
      resolution: d?.resolution ?? null,
      raisedByMe: mine.some((x) => x.personId === actor.personId),
      raisers: known
        .filter((k) => k.concernId === r.id)
        .map((k) => ({ personId: k.personId, fullName: names.find((n) => n.id === k.personId)?.fullName ?? '' })),
      overdue: isOverdueFollowUp(c, day),
    };
  });
}

/**
 * A cluster's concerns the actor may read, oldest first (merged-away ones left out). Errors:
 * `not_found` for a group the actor may not read.
 */
export async function groupConcerns(db: Db, actor: Actor, groupId: string, clock: Clock) {
  await getReadableGroup(db, actor, groupId);
  const rows = await db
    .selectFrom('concerns')
    .selectAll()
    .where('groupId', '=', groupId)
    .where('deletedAt', 'is', null)
    .where('mergedIntoId', 'is', null)
    .orderBy('raisedAt')
    .execute();
  return { items: await views(db, actor, rows, clock) };
}

/** One concern. Errors: `not_found` when it does not exist or the actor may not read it. */
export async function concernView(db: Db, actor: Actor, id: string, clock: Clock) {
  const row = await db.selectFrom('concerns').selectAll().where('id', '=', id).where('deletedAt', 'is', null).execute();
  const [view] = await views(db, actor, row, clock);
  if (!view) throw new AppError('not_found', 'Concern not found');
  return view;
}

/** A meeting's agenda: its concerns the actor may read, in agenda order. */
export async function meetingAgenda(db: Db, actor: Actor, meetingId: string, clock: Clock) {
  const rows = await db
    .selectFrom('concerns')
    .selectAll()
    .where('meetingId', '=', meetingId)
    .where('deletedAt', 'is', null)
    .orderBy('agendaPosition')
    .execute();
  return { items: await views(db, actor, rows, clock) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return round2(s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2);
}

/**
 * The concern figures of an org unit's subtree (issue 9: officials and head teachers read
 * "counts, dates, states, times to resolution only"): the concerns of clusters under the unit and
 * those sent to follow-up at a school under it, merged-away ones left out. Counts per state,
 * overdue follow-ups (`needs_follow_up` with `followUpBy` before today), and the median and mean
 * days to resolution (decimal days) of resolved or closed concerns. Errors: `not_found` for a unit
 * outside the actor's scope.
 */
export async function concernStats(db: Db, actor: Actor, unitId: string, clock: Clock) {
  const unit = await findOrgUnit(db, unitId);
  if (!unit || !can(actor, 'read', { type: 'concernStats', programId: unit.programId, path: unit.path }))
    throw new AppError('not_found', 'Org unit not found');
  const under = `${unit.path}%`;
  const rows = await db
    .selectFrom('concerns as c')
    .innerJoin('groups as g', 'g.id', 'c.groupId')
    .innerJoin('orgUnits as gu', 'gu.id', 'g.orgUnitId')
    .leftJoin('orgUnits as su', 'su.id', 'c.followUpSchoolUnitId')
    .select(['c.state', 'c.followUpBy', 'c.resolutionDays'])
    .where('c.programId', '=', unit.programId)
    .where('c.deletedAt', 'is', null)
    .where('c.mergedIntoId', 'is', null)
    .where((eb) => eb.or([eb('gu.path', 'like', under), eb('su.path', 'like', under)]))
    .execute();
  const byState = Object.fromEntries(CONCERN_STATES.map((s) => [s, 0])) as Record<ConcernState, number>;
  for (const r of rows) byState[r.state as ConcernState] += 1;
  const day = today(clock);
  const days = rows
    .filter((r) => (r.state === 'resolved' || r.state === 'closed') && r.resolutionDays !== null)
    .map((r) => Number(r.resolutionDays));
  return {
    unitId: unit.id,
    total: rows.length,
    open: rows.filter((r) => OPEN_CONCERN_STATES.includes(r.state as ConcernState)).length,
    byState,
    overdueFollowUps: rows.filter((r) =>
      isOverdueFollowUp({ state: r.state as ConcernState, followUpBy: r.followUpBy }, day),
    ).length,
    resolvedCount: days.length,
    medianDaysToResolution: median(days),
    meanDaysToResolution: days.length ? round2(days.reduce((a, b) => a + b, 0) / days.length) : null,
  };
}
