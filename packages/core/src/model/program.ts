import { z } from 'zod';
import { Code, PlannedDate, Text, textProblem } from './common';
import { ConcernCategoryKey } from './concern';
import { CONCERN_CATEGORIES_MAX } from './concern-categories';
import { translations } from './instrument';
import { NEED_AREAS_MAX } from './need-areas';
import { NeedAreaKey } from './plan-inputs';
import { PORTFOLIO_PROMPT_SET_KEYS } from './portfolio-keys';

export const ProgramModel = z.enum(['cluster', 'school', 'both']);
export type ProgramModel = z.infer<typeof ProgramModel>;

/**
 * BCP 47 tags of the app's languages: English, Urdu, Albanian, Serbian in Cyrillic (`sr`) and
 * Serbian in Latin script (`sr-Latn`; Kosovo Serbs and younger readers often prefer it).
 */
export const Locale = z.enum(['en', 'ur', 'sq', 'sr', 'sr-Latn']);
export type Locale = z.infer<typeof Locale>;

/**
 * A program's own need areas (issue 8, point 1: the area list "is program configuration with
 * translations"): 1..30 `{ key, label }`, `key` a slug (`NeedAreaKey`), `label` one-line texts
 * `{ en, ur?, sq?, sr? }` with English required. Keys must be unique: a repeat is reported at the
 * second use, path `needAreas.3.key`, message `key "assessment" is already used at needAreas.0.key`.
 */
export const NeedAreasSetting = z
  .array(z.strictObject({ key: NeedAreaKey, label: translations(100) }))
  .min(1, 'list at least one need area')
  .max(NEED_AREAS_MAX, `a program has at most ${NEED_AREAS_MAX} need areas`)
  .superRefine((areas, ctx) => {
    const seen = new Map<string, number>();
    areas.forEach((area, i) => {
      const first = seen.get(area.key);
      if (first === undefined) seen.set(area.key, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: [i, 'key'],
          message: `key "${area.key}" is already used at needAreas.${first}.key`,
          input: area.key,
        });
    });
  });

/**
 * A program's own concern categories (issue 9: "configurable per program … and translated"):
 * 1..20 `{ key, label }` with unique keys; absent means `defaultConcernCategories`.
 */
export const ConcernCategoriesSetting = z
  .array(z.strictObject({ key: ConcernCategoryKey, label: translations(100) }))
  .min(1, 'list at least one concern category')
  .max(CONCERN_CATEGORIES_MAX, `a program has at most ${CONCERN_CATEGORIES_MAX} concern categories`)
  .refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, { message: 'each category key once' });
function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const ProgramSettings = z.strictObject({
  // Issue 10, kind 1: phones written nationally ("0300 1234567") are read with the program's
  // country (ISO 3166-1 alpha-2: PK for PTMP, XK for Kosovo) and stored in E.164.
  // Its shape only: whether the phone library knows the country is the server's check (program
  // commands), so the phone metadata stays out of the web app's lazy input check (ADR 0026).
  country: Code(2)
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as PK or XK')
    .optional(),
  // PTMP: 30–40 teachers of a cluster meet a mentor two days a month.
  clusterMeetingDaysPerMonth: z.number().int().min(0).max(31).default(2),
  // Kosovo: efficacy is tied to how many mentees one mentor has (Jewell 2007, in the seed).
  maxMenteesPerMentor: z.number().int().min(1).max(200).default(40),
  // Issue 9 (PTMP: "workload of TLRT" held the program back). The seed gives no figure: the
  // defaults are ADR 0025's assumption — one cluster per mentor (the demo: one mentor each) plus one
  // to cover, and about two school visits a week — for the program admin to set.
  maxClustersPerMentor: z.number().int().min(1).max(20).default(2),
  maxVisitsPerMonth: z.number().int().min(1).max(60).default(8),
  // Issue 9 (ADR 0024): the cluster calendar skips weekends and holidays; times of day are local.
  /** Days of the week without school, 0 = Sunday … 6 = Saturday (Pakistan's schools: Sunday). */
  weekendDays: z
    .array(z.number().int().min(0).max(6))
    .max(6)
    .refine((d) => new Set(d).size === d.length, { message: 'each day once' })
    .default([0]),
  holidays: z
    .array(z.strictObject({ date: PlannedDate, name: Text(120) }))
    .max(100)
    .default([]),
  /** IANA time zone of the program's schools, e.g. `Asia/Karachi`: meeting times of day are local there. */
  timeZone: z
    .string()
    .max(64)
    .superRefine((tz, ctx) => {
      const problem = textProblem(tz, 'name') ?? (validTimeZone(tz) ? null : 'not a known time zone');
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: tz });
    })
    .default('UTC'),
  // Issue 8, point 6: portfolio prompts are configurable; absent means the default set.
  portfolioPromptSet: z.enum(PORTFOLIO_PROMPT_SET_KEYS).optional(),
  // Issue 8, point 1: need areas are configurable; absent means `defaultNeedAreas` (see needAreasOf).
  needAreas: NeedAreasSetting.optional(),
  // Issue 9: concern categories are configurable; absent means `defaultConcernCategories`.
  concernCategories: ConcernCategoriesSetting.optional(),
});
export type ProgramSettings = z.infer<typeof ProgramSettings>;

export const ProgramInput = z.strictObject({
  name: Text(200),
  model: ProgramModel,
  /** Names of the hierarchy levels, top first, e.g. ["province","district","cluster","school"]. */
  levelNames: z.array(Text(60)).min(1).max(8),
  locales: z.array(Locale).min(1).max(Locale.options.length),
  settings: ProgramSettings,
});
export type ProgramInput = z.infer<typeof ProgramInput>;

export interface Program extends ProgramInput {
  id: string;
  rootOrgUnitId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
