import type { Translations } from './instrument-types';

// Zod-free program configuration (shown offline through `@mentora/core/program-defaults`); a
// program admin may set its own list in `settings.concernCategories` (validated in program.ts).

/** A category a concern belongs to: a stable key (slug) and its label in each language. */
export interface ConcernCategory {
  key: string;
  label: Translations;
}

/**
 * The default categories. PTMP seed: clusters meet "to raise and sort out classroom and school
 * concerns"; issue 9 names subject content, pedagogy, classroom management, assessment,
 * resources/materials, school management and other.
 */
export const defaultConcernCategories: ConcernCategory[] = [
  {
    key: 'subject-content',
    label: { en: 'Subject content', ur: 'مضمون کا مواد', sq: 'Përmbajtja lëndore', sr: 'Садржај предмета' },
  },
  { key: 'pedagogy', label: { en: 'Pedagogy', ur: 'طریقۂ تدریس', sq: 'Pedagogjia', sr: 'Педагогија' } },
  {
    key: 'classroom-management',
    label: {
      en: 'Classroom management',
      ur: 'کمرۂ جماعت کا نظم و ضبط',
      sq: 'Menaxhimi i klasës',
      sr: 'Управљање одељењем',
    },
  },
  { key: 'assessment', label: { en: 'Assessment', ur: 'جائزہ اور جانچ', sq: 'Vlerësimi', sr: 'Оцењивање' } },
  {
    key: 'resources-materials',
    label: {
      en: 'Resources and materials',
      ur: 'وسائل اور تدریسی مواد',
      sq: 'Burimet dhe materialet',
      sr: 'Ресурси и материјали',
    },
  },
  {
    key: 'school-management',
    label: { en: 'School management', ur: 'اسکول کا انتظام', sq: 'Menaxhimi i shkollës', sr: 'Управљање школом' },
  },
  { key: 'other', label: { en: 'Other', ur: 'دیگر', sq: 'Tjetër', sr: 'Остало' } },
];

/** At most this many categories in a program's list. */
export const CONCERN_CATEGORIES_MAX = 20;

/**
 * The concern categories of `program`: its `settings.concernCategories` when set, else
 * `defaultConcernCategories` (the server and the offline web app read the list the same way).
 */
export function concernCategoriesOf(
  program: { settings?: { concernCategories?: ConcernCategory[] | undefined } | null } | null | undefined,
): ConcernCategory[] {
  const own = program?.settings?.concernCategories;
  return own && own.length > 0 ? own : defaultConcernCategories;
}
