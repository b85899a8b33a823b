import { ProgramSettings } from '@mentora/core';
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
 * Open concerns per mentor in `month` — the one place the concerns figure is computed.
 * TODO(issue 9, coordinator): the `concerns` table (issue9-design.md, "C — concerns", migration
 * 0011: `concerns.group_id` = the cluster group, `state`) is not on this branch. Once merged, count
 * per mentor the concerns of their cluster groups whose state is not `resolved`/`closed` (raised on
 * or before the month's last day) and return the map; until then the figure is null ("not counted").
 */
export async function openConcernsByMentor(
  _db: Db,
  _groupsByMentor: ReadonlyMap<string, readonly string[]>,
  _month: string,
): Promise<Map<string, number> | null> {
  return null;
}
