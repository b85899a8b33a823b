import type { z } from 'zod';
import type { ErrorDetail } from '../errors/index';
import { type DateWhen, dateChecks } from '../model/common';

/** Minutes a device clock may run ahead of the server before a "happened at" moment is refused. */
export const CLOCK_GRACE_MINUTES = 10;
/** Days ahead a planned date may be; a membership's start date. */
export const PLANNED_MAX_DAYS = 2 * 366;
export const START_MAX_DAYS = 183;
/** No mentoring program records anything before this day (an absurd "0001-01-01"). */
export const EARLIEST_DATE = '2000-01-01';

interface DateLeaf {
  path: (string | number)[];
  when: DateWhen;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const whenOf = (schema: z.ZodType): DateWhen | undefined => dateChecks.get(schema)?.when;

// Schemas are built once; their date fields are found once per schema.
const leavesCache = new WeakMap<z.ZodType, DateLeaf[]>();

/** Every date field of a schema marked with `PastDate`, `PlannedDate`, … and where it sits. */
function dateLeaves(schema: z.ZodType, path: (string | number)[] = [], seen = new Set<z.ZodType>()): DateLeaf[] {
  const mark = whenOf(schema);
  if (mark) return [{ path, when: mark }];
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
        dateLeaves(v, [...path, k], seen),
      );
    case 'array':
      return dateLeaves(def.element as z.ZodType, [...path, '*'], seen);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return dateLeaves(def.innerType as z.ZodType, path, seen);
    case 'pipe':
      return [...dateLeaves(def.in as z.ZodType, path, seen), ...dateLeaves(def.out as z.ZodType, path, seen)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => dateLeaves(o, path, seen));
    case 'intersection':
      return [...dateLeaves(def.left as z.ZodType, path, seen), ...dateLeaves(def.right as z.ZodType, path, seen)];
    default:
      return [];
  }
}

function valuesAt(data: unknown, path: readonly (string | number)[], at: (string | number)[] = []) {
  if (path.length === 0) return typeof data === 'string' ? [{ at, value: data }] : [];
  const [head, ...rest] = path;
  if (head === '*')
    return Array.isArray(data)
      ? data.flatMap((d, i): { at: (string | number)[]; value: string }[] => valuesAt(d, rest, [...at, i]))
      : [];
  if (data === null || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head as string], rest, [...at, head as string]);
}

const DAY_MS = 86_400_000;

/**
 * The dates of a command's parsed input that cannot be true by the server's clock `now`: a meeting
 * "held" tomorrow, a membership starting next year, an entry dated 9999 (issue 10, kind 6; the
 * limits are documented on `DateWhen`). Returns one `{ path, message }` per such field, empty when
 * all are plausible. The message names the likely cause — the phone's date — and the server's
 * date, so "Changes not accepted" tells the user what to fix. Pure: `now` is passed in.
 */
export function implausibleDates(schema: z.ZodType, data: unknown, now: Date): ErrorDetail[] {
  let leaves = leavesCache.get(schema);
  if (!leaves) {
    leaves = dateLeaves(schema);
    leavesCache.set(schema, leaves);
  }
  const today = now.toISOString().slice(0, 10);
  const problems: ErrorDetail[] = [];
  for (const leaf of leaves)
    for (const { at, value } of valuesAt(data, leaf.path)) {
      const message = problemOf(value, leaf.when, now, today);
      if (message) problems.push({ path: at.join('.'), message });
    }
  return problems;
}

function problemOf(value: string, when: DateWhen, now: Date, today: string): string | null {
  const day = value.slice(0, 10);
  if (day < EARLIEST_DATE) return `must not be before ${EARLIEST_DATE}`;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  const clock = `check the date and time of the phone (the server's date is ${today})`;
  if (when === 'past') {
    // A calendar date is the phone's local date: east of UTC it is already tomorrow in UTC terms
    // (Pakistan, UTC+5, from midnight to 05:00), so a date-only field may be one day past the
    // server's UTC date (probe of issue 9, finding 4); a moment is absolute.
    const tomorrow = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
    const future = value.length === 10 ? day > tomorrow : ms > now.getTime() + CLOCK_GRACE_MINUTES * 60_000;
    return future ? `is in the future: ${clock}` : null;
  }
  const days = when === 'start' ? START_MAX_DAYS : PLANNED_MAX_DAYS;
  if (ms > now.getTime() + days * DAY_MS) return `is more than ${days} days ahead: ${clock}`;
  return null;
}
