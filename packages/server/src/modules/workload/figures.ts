import { OPEN_CONCERN_STATES, ProgramSettings } from '@mentora/core';
import type { Db } from '../../db/connect';

/** A month `YYYY-MM` as its first and last ISO dates. */
export function monthBounds(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(lastDay).padStart(2, '0')}` };
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

/**
 * The days of a meeting from `firstDay` to `lastDay` (ISO dates, inclusive) that fall within the
 * month: a two-day PTMP cluster meeting ("two days in a month") counts 2, a meeting running over
 * the month's end counts only its days in the month. 0 when they do not meet.
 */
export function daysInMonth(firstDay: string, lastDay: string, month: string): number {
  const { first, last } = monthBounds(month);
  const from = Math.max(dayNumber(firstDay), dayNumber(first));
  const to = Math.min(dayNumber(lastDay), dayNumber(last));
  return Math.max(0, to - from + 1);
}

/** The program's workload limits (settings with their documented defaults, ADR 0025). */
export async function workloadLimits(db: Db, programId: string) {
  const row = await db.selectFrom('programs').select('settings').where('id', '=', programId).executeTakeFirst();
  const settings = ProgramSettings.parse(row ? JSON.parse(row.settings) : {});
  return {
    maxClustersPerMentor: settings.maxClustersPerMentor,
    maxMenteesPerMentor: settings.maxMenteesPerMentor,
    maxVisitsPerMonth: settings.maxVisitsPerMonth,
  };
}

/**
 * Open concerns per mentor at the end of `month` (YYYY-MM) — the one place this figure is
 * computed: the concerns of their cluster groups raised on or before the month's last day whose
 * state then (the last kept transition up to that day, ADR 0023) was open — core
 * `OPEN_CONCERN_STATES`, the same definition as the concern figures of an org unit — so a
 * past month's figure does not change when a concern is settled later. Merged-away concerns are
 * closed by the merge. `groupsByMentor`: mentor person id → their cluster group ids.
 */
export async function openConcernsByMentor(
  db: Db,
  groupsByMentor: ReadonlyMap<string, readonly string[]>,
  month: string,
): Promise<Map<string, number>> {
  const end = `${monthBounds(month).last}T23:59:59.999Z`;
  const groupIds = [...new Set([...groupsByMentor.values()].flat())];
  const open = new Map<string, number>();
  if (groupIds.length === 0) return open;
  const [concerns, transitions] = await Promise.all([
    db
      .selectFrom('concerns')
      .select(['id', 'groupId'])
      .where('groupId', 'in', groupIds)
      .where('raisedAt', '<=', end)
      .where('deletedAt', 'is', null)
      .execute(),
    db
      .selectFrom('concernTransitions')
      .select(['concernId', 'toState', 'at', 'version'])
      .where('groupId', 'in', groupIds)
      .where('at', '<=', end)
      .execute(),
  ]);
  const stateAtEnd = new Map<string, { at: string; version: number; state: string }>();
  for (const t of transitions) {
    const seen = stateAtEnd.get(t.concernId);
    if (!seen || t.at > seen.at || (t.at === seen.at && Number(t.version) > seen.version))
      stateAtEnd.set(t.concernId, { at: t.at, version: Number(t.version), state: t.toState });
  }
  const openInGroup = new Map<string, number>();
  for (const c of concerns)
    if ((OPEN_CONCERN_STATES as readonly string[]).includes(stateAtEnd.get(c.id)?.state ?? 'raised'))
      openInGroup.set(c.groupId, (openInGroup.get(c.groupId) ?? 0) + 1);
  for (const [mentor, groups] of groupsByMentor)
    open.set(
      mentor,
      groups.reduce((n, g) => n + (openInGroup.get(g) ?? 0), 0),
    );
  return open;
}
