import type { Translations } from './instrument-types';

// Zod-free program configuration, shown offline by the web app through
// `@mentora/core/program-defaults`. A program admin may set its own list (`settings.needAreas`,
// validated in program.ts); these are the defaults (issue 8, point 1: "the list is program configuration").

/** An area a teacher's need belongs to: a stable key (slug) and its label in each language. */
export interface NeedArea {
  key: string;
  label: Translations;
}

/**
 * The default need areas. Kosovo seed: mentors and mentees "worked together on curriculum
 * planning, classroom management, and on assessment procedures"; the Curriculum Framework
 * "demands a competency-based approach"; schools suffer "the lack of teaching materials".
 */
export const defaultNeedAreas: NeedArea[] = [
  {
    key: 'curriculum-planning',
    label: {
      en: 'Curriculum planning',
      ur: 'نصاب کی منصوبہ بندی',
      sq: 'Planifikimi i kurrikulës',
      sr: 'Планирање курикулума',
    },
  },
  {
    key: 'classroom-management',
    label: {
      en: 'Classroom management',
      ur: 'کمرۂ جماعت کا نظم و ضبط',
      sq: 'Menaxhimi i klasës',
      sr: 'Управљање одељењем',
    },
  },
  {
    key: 'assessment',
    label: { en: 'Assessment', ur: 'جائزہ اور جانچ', sq: 'Vlerësimi', sr: 'Оцењивање' },
  },
  {
    key: 'subject-content',
    label: { en: 'Subject content', ur: 'مضمون کا مواد', sq: 'Përmbajtja lëndore', sr: 'Садржај предмета' },
  },
  {
    key: 'competency-based-teaching',
    label: {
      en: 'Competency-based teaching',
      ur: 'قابلیت پر مبنی تدریس',
      sq: 'Mësimdhënia e bazuar në kompetenca',
      sr: 'Настава заснована на компетенцијама',
    },
  },
  {
    key: 'inclusion',
    label: { en: 'Inclusion', ur: 'شمولیتی تعلیم', sq: 'Gjithëpërfshirja', sr: 'Инклузија' },
  },
  {
    key: 'use-of-resources',
    label: { en: 'Use of resources', ur: 'وسائل کا استعمال', sq: 'Përdorimi i burimeve', sr: 'Коришћење ресурса' },
  },
];

/** At most this many need areas in a program's list (a list a teacher can scan in one select). */
export const NEED_AREAS_MAX = 30;

/**
 * The need areas of `program`: its `settings.needAreas` when set, else `defaultNeedAreas`.
 * Takes any object with optional `settings` (a `Program`, or a program row whose settings are
 * parsed) so the server and the offline web app read the list the same way. Never empty: a
 * program's list is validated to hold 1..NEED_AREAS_MAX areas with unique keys.
 */
export function needAreasOf(
  program: { settings?: { needAreas?: NeedArea[] | undefined } | null } | null | undefined,
): NeedArea[] {
  const own = program?.settings?.needAreas;
  return own && own.length > 0 ? own : defaultNeedAreas;
}

/**
 * How specific a need is, from the foundations of an area to one precise point. Kosovo seed:
 * mentoring activities start "with the identification of basic to specific needs".
 */
export const NEED_LEVELS = ['basic', 'intermediate', 'specific'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

/** The label of each need level in each language. */
export const needLevelLabels: Record<NeedLevel, Translations> = {
  basic: { en: 'Basic', ur: 'بنیادی', sq: 'Bazike', sr: 'Основна' },
  intermediate: { en: 'Intermediate', ur: 'درمیانی', sq: 'E mesme', sr: 'Средња' },
  specific: { en: 'Specific', ur: 'مخصوص', sq: 'Specifike', sr: 'Специфична' },
};
