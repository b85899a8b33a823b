import { z } from 'zod';
import type { ErrorDetail } from '../errors/index';
import { PastDateTime } from './common';
import type * as T from './instrument-types';
import { ITEM_TYPES, KEY_PATTERN, INSTRUMENT_LIMITS as L, YES_PARTLY_NO } from './instrument-types';
import { FreeText, safeString, Text } from './text';

// The zod side of observation instruments (issue 8, point 3). The plain types, limits and the
// default instrument are zod-free (instrument-types.ts, default-instrument.ts) so the web app can
// show an instrument offline without loading zod; each schema below parses to the type of the
// same name there (instrument.test.ts checks the types are equal).
export * from './instrument-types';

/** A stable key: a slug of at most 60 characters (KEY_PATTERN), e.g. `planning-flow`. */
export const InstrumentKey = safeString('name')
  .max(L.keyLength)
  .regex(KEY_PATTERN, 'must be a key: lower-case letters and digits, words joined by - or _, starting with a letter');

/**
 * `{ en, ur?, sq?, sr? }`, each text 1..max characters after trimming. `line` texts (titles,
 * prompts, level descriptors) follow the one-line name rule; `free` texts (help) may span lines.
 * An absent translation falls back to English; an empty one is refused rather than stored.
 */
export function translations(max: number, kind: 'line' | 'free' = 'line') {
  const text = () => (kind === 'line' ? Text(max) : FreeText(max));
  return z.strictObject({ en: text(), ur: text().optional(), sq: text().optional(), sr: text().optional() });
}
export const Translations = translations(L.titleLength);
export type Translations = T.Translations;

const itemBase = {
  key: InstrumentKey,
  prompt: translations(L.promptLength),
  help: translations(L.helpLength, 'free').optional(),
};
const level = translations(L.levelLength);
const LEVELS_MESSAGE = 'a scale_1_4 item needs exactly four level descriptors, for levels 1 to 4 in order';

const ScaleItem = z.strictObject({
  ...itemBase,
  type: z.literal('scale_1_4'),
  levels: z.tuple([level, level, level, level], { error: LEVELS_MESSAGE }),
});
const PlainItem = z.strictObject({
  ...itemBase,
  type: z.enum(['yes_partly_no', 'count', 'free_text', 'time_on_task']),
  levels: z.undefined({ error: 'only a scale_1_4 item has level descriptors' }).optional(),
});

/** One item: `{ key, type, prompt, help?, levels? }`; `levels` is required for, and only for, `scale_1_4`. */
export const InstrumentItem = z.discriminatedUnion('type', [ScaleItem, PlainItem], {
  error: (iss) => (iss.code === 'invalid_union' ? `type must be one of ${ITEM_TYPES.join(', ')}` : undefined),
});
export type InstrumentItem = T.InstrumentItem;

/** One section: `{ key, title, items }`, 1..100 items. */
export const InstrumentSection = z.strictObject({
  key: InstrumentKey,
  title: translations(L.titleLength),
  items: z.array(InstrumentItem).min(1).max(L.items),
});
export type InstrumentSection = T.InstrumentSection;

/**
 * An instrument version's content: `{ sections }`, 1..20 sections and at most 100 items in all.
 * Section and item keys share one namespace and must be unique across the instrument, because
 * a response names its item by key alone. A repeated key is reported at the second use, e.g.
 * path `sections.2.items.0.key`, message `key "planning" is already used at sections.0.key`.
 */
export const InstrumentDefinition = z
  .strictObject({ sections: z.array(InstrumentSection).min(1).max(L.sections) })
  .superRefine((def, ctx) => {
    const seen = new Map<string, string>();
    const claim = (key: string, path: (string | number)[]) => {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, path.join('.'));
      else ctx.addIssue({ code: 'custom', path, message: `key "${key}" is already used at ${first}`, input: key });
    };
    let items = 0;
    def.sections.forEach((section, s) => {
      claim(section.key, ['sections', s, 'key']);
      section.items.forEach((item, i) => {
        claim(item.key, ['sections', s, 'items', i, 'key']);
      });
      items += section.items.length;
    });
    if (items > L.items) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `an instrument holds at most ${L.items} items; this one has ${items}`,
        input: def.sections,
      });
    }
  });
export type InstrumentDefinition = T.InstrumentDefinition;

/** A `yes_partly_no` answer: `'yes' | 'partly' | 'no'`. */
export const YesPartlyNo = z.enum(YES_PARTLY_NO, { error: 'must be yes, partly or no' });
export type YesPartlyNo = T.YesPartlyNo;

const student = (what: string) =>
  z
    .number({ error: `${what} must be a number of students` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} must not be negative`)
    .max(L.studentsMax, `${what} must be at most ${L.studentsMax}`);

/**
 * A `time_on_task` snapshot: `{ onTask, offTask, at }`, whole numbers of students at the moment
 * `at` (ISO-8601 UTC timestamp); together 1..200 students, since an empty count says nothing.
 */
export const TimeOnTask = z
  .strictObject({ onTask: student('onTask'), offTask: student('offTask'), at: PastDateTime })
  .superRefine((s, ctx) => {
    const total = s.onTask + s.offTask;
    if (total < 1 || total > L.studentsMax) {
      ctx.addIssue({
        code: 'custom',
        message: `onTask + offTask must count 1 to ${L.studentsMax} students; got ${total}`,
        input: s,
      });
    }
  });
export type TimeOnTask = T.TimeOnTask;

/** The schema of a response's value, by item type. Free text is trimmed and 1..4000 characters. */
export const responseValueSchemas = {
  yes_partly_no: YesPartlyNo,
  scale_1_4: z.literal([1, 2, 3, 4], { error: 'must be a level: 1, 2, 3 or 4' }),
  count: z
    .number({ error: 'must be a count' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(L.countMax, `must be at most ${L.countMax}`),
  free_text: FreeText(L.freeTextLength),
  time_on_task: TimeOnTask,
} as const;

/** `{ type, value }`, the value fitting the type, e.g. `{ type: 'scale_1_4', value: 3 }`. */
export const ItemResponse = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('yes_partly_no'), value: responseValueSchemas.yes_partly_no }),
  z.strictObject({ type: z.literal('scale_1_4'), value: responseValueSchemas.scale_1_4 }),
  z.strictObject({ type: z.literal('count'), value: responseValueSchemas.count }),
  z.strictObject({ type: z.literal('free_text'), value: responseValueSchemas.free_text }),
  z.strictObject({ type: z.literal('time_on_task'), value: responseValueSchemas.time_on_task }),
]);
export type ItemResponse = T.ItemResponse;

/** The item with `key` in `def`, or undefined. Keys are unique across a valid definition. */
export function findItem(def: T.InstrumentDefinition, key: string): T.InstrumentItem | undefined {
  for (const section of def.sections) {
    const item = section.items.find((i) => i.key === key);
    if (item) return item;
  }
  return undefined;
}

/**
 * Checks one response against the instrument version an observation uses — what the server's
 * command calls before storing it, and the web app before queueing it offline.
 *
 * `def` is a stored (already valid) version; `value` is the raw answer. Returns
 * `{ ok: true, itemKey, response: { type, value } }` with the value as it should be stored (free
 * text trimmed), or `{ ok: false, issues }` where each issue is `{ path, message }`:
 * - path `itemKey`: `no item "x" in this instrument version` (the key is unknown to this version —
 *   for example an item added in a later version);
 * - path `value` or `value.<field>`: the value does not fit the item's type (wrong type, out of
 *   range: scale 1..4, count 0..10000, free text 1..4000 characters, snapshot 1..200 students).
 */
export function checkResponse(def: T.InstrumentDefinition, itemKey: string, value: unknown): T.CheckedResponse {
  const item = findItem(def, itemKey);
  if (!item)
    return { ok: false, issues: [{ path: 'itemKey', message: `no item "${itemKey}" in this instrument version` }] };
  const parsed = ItemResponse.safeParse({ type: item.type, value });
  if (parsed.success) return { ok: true, itemKey, response: parsed.data };
  const issues: ErrorDetail[] = parsed.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: `${item.type} item "${itemKey}": ${i.message}`,
  }));
  return { ok: false, issues };
}
