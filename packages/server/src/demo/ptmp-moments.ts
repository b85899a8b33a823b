const DAY_MS = 86_400_000;
/** Keeps what happened after the last meeting this far before the seed's now. */
const MARGIN_MS = 30 * 60_000;

/** `day` (YYYY-MM-DD) plus `days` (negative: before), as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved on to Monday when it is a Sunday (PTMP schools close on Sundays). */
export function schoolDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).getUTCDay() === 0 ? addDays(day, 1) : day;
}

/** The later of two dates YYYY-MM-DD. */
export const laterDay = (a: string, b: string): string => (a > b ? a : b);

/**
 * `hhmm` UTC on `day` plus `days`. PTMP's cluster day runs 09:00–14:00 in Asia/Karachi (UTC+5),
 * that is 04:00–09:00 UTC, so 04:30 is at the meeting's start and 10:00 is after it.
 */
export function moment(day: string, hhmm: string, days = 0): Date {
  return new Date(Date.parse(`${addDays(day, days)}T${hhmm}:00Z`));
}

/**
 * Moments between `from` and the seed's `now` (less a margin): `between(x)` for x in [0, 1] keeps
 * their order whatever the gap, so what happened since the last meeting never lies in the future.
 */
export function betweenNow(from: Date, now: Date): (x: number) => Date {
  const end = Math.max(from.getTime() + 60_000, now.getTime() - MARGIN_MS);
  return (x) => new Date(Math.round(from.getTime() + x * (end - from.getTime())));
}
