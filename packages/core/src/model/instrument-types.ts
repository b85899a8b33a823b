import type { ErrorDetail } from '../errors/index';

// Zod-free on purpose: the web app shows and fills an instrument offline through
// `@mentora/core/program-defaults` without loading zod (ADR 0018). The schemas are in instrument.ts.

/**
 * One text in the program's languages. English is required (the fallback); `ur` Urdu, `sq`
 * Albanian, `sr` Serbian in Cyrillic. An absent translation shows the English text. There is no
 * `sr-Latn` field: Serbian Latin is derived from `sr` at display time, as the web app derives its
 * sr-Latn.json (packages/web/src/i18n/serbian-latin.ts, the `cyrillic-to-latin` package) — core
 * takes no runtime dependency for it, so translators write Serbian once.
 */
export interface Translations {
  en: string;
  ur?: string;
  sq?: string;
  sr?: string;
}

/** The languages a `Translations` holds, English first. */
export const TRANSLATION_LOCALES = ['en', 'ur', 'sq', 'sr'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/**
 * What an item asks the observer to record:
 * - `yes_partly_no` — seen / partly seen / not seen;
 * - `scale_1_4`     — a level 1..4, each level described in words (`levels`);
 * - `count`         — how many times something happened (e.g. students who asked a question);
 * - `free_text`     — evidence in the observer's words;
 * - `time_on_task`  — a snapshot: how many students were on / off task at one moment.
 */
export const ITEM_TYPES = ['yes_partly_no', 'scale_1_4', 'count', 'free_text', 'time_on_task'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** The three answers of a `yes_partly_no` item, in the order a form shows them. */
export const YES_PARTLY_NO = ['yes', 'partly', 'no'] as const;
export type YesPartlyNo = (typeof YES_PARTLY_NO)[number];

/**
 * Bounds of an instrument definition and of the answers to it. Sizes are characters (UTF-16
 * code units, as zod counts them); a classroom of more than 200 students is not one class.
 */
export const INSTRUMENT_LIMITS = {
  sections: 20,
  /** Items in the whole instrument, over all sections. */
  items: 100,
  keyLength: 60,
  titleLength: 200,
  promptLength: 300,
  helpLength: 1000,
  levelLength: 400,
  countMax: 10_000,
  freeTextLength: 4000,
  /** Students in one time-on-task snapshot (on task + off task). */
  studentsMax: 200,
} as const;

/**
 * A stable key (slug): lower-case ASCII letters and digits in words joined by `-` or `_`, starting
 * with a letter, e.g. `planning`, `afl-questions`. Responses point at items by key, so a key keeps
 * its meaning across versions of an instrument.
 */
export const KEY_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

interface ItemBase {
  key: string;
  prompt: Translations;
  /** Guidance for the observer: what to look for; shown beside the item. */
  help?: Translations;
}

/** A 1..4 scale item: `levels[0]` describes level 1, … `levels[3]` level 4. */
export interface ScaleItem extends ItemBase {
  type: 'scale_1_4';
  levels: [Translations, Translations, Translations, Translations];
}

/** Any other item: it has no level descriptors. */
export interface PlainItem extends ItemBase {
  type: Exclude<ItemType, 'scale_1_4'>;
  levels?: undefined;
}

export type InstrumentItem = ScaleItem | PlainItem;

export interface InstrumentSection {
  key: string;
  title: Translations;
  items: InstrumentItem[];
}

/**
 * The content of one instrument version: its sections and their items. Section and item keys
 * share one namespace and are unique across the whole definition.
 */
export interface InstrumentDefinition {
  sections: InstrumentSection[];
}

/** A time-on-task snapshot: students on / off task at `at` (ISO-8601 UTC timestamp). */
export interface TimeOnTask {
  onTask: number;
  offTask: number;
  at: string;
}

/** The value an observer records for an item, by the item's type. */
export interface ResponseValues {
  yes_partly_no: YesPartlyNo;
  scale_1_4: 1 | 2 | 3 | 4;
  count: number;
  free_text: string;
  time_on_task: TimeOnTask;
}

/** A response to one item, discriminated by the item's type: `{ type: 'count', value: 3 }`. */
export type ItemResponse = { [T in ItemType]: { type: T; value: ResponseValues[T] } }[ItemType];

/** What `checkResponse` answers: the response as stored, or why it does not fit the version. */
export type CheckedResponse =
  | { ok: true; itemKey: string; response: ItemResponse }
  | { ok: false; issues: ErrorDetail[] };
