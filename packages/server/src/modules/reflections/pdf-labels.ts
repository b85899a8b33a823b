import { type Locale, type PortfolioPrompt, type ReflectionLinkType, TRANSLATION_LOCALES } from '@mentora/core';

/** The words a printed portfolio needs, in one locale. */
export interface PortfolioLabels {
  title: string;
  kind: string;
  generated: string;
  entries: string;
  linkedTo: string;
  empty: string;
  links: Record<ReflectionLinkType, string>;
}

/**
 * The printed portfolio's own words in the five locales (issue 8, point 6: Urdu, Albanian and
 * Serbian in both scripts). The server prints them, so they live here, not in the web's i18n files.
 */
export const PORTFOLIO_LABELS: Record<Locale, PortfolioLabels> = {
  en: {
    title: 'Reflective portfolio',
    kind: 'Reflection',
    generated: 'Generated',
    entries: 'Entries',
    linkedTo: 'Linked to',
    empty: 'No entries yet.',
    links: { meeting: 'Meeting', observation: 'Observation', goal: 'Goal', module: 'Training module' },
  },
  ur: {
    title: 'عکاسی پورٹ فولیو',
    kind: 'عکاسی',
    generated: 'تیار کردہ',
    entries: 'اندراجات',
    linkedTo: 'منسلک',
    empty: 'ابھی کوئی اندراج نہیں۔',
    links: { meeting: 'میٹنگ', observation: 'مشاہدہ', goal: 'ہدف', module: 'تربیتی ماڈیول' },
  },
  sq: {
    title: 'Portfolio reflektuese',
    kind: 'Reflektim',
    generated: 'Krijuar më',
    entries: 'Shënime',
    linkedTo: 'Lidhur me',
    empty: 'Ende nuk ka shënime.',
    links: { meeting: 'Takim', observation: 'Vëzhgim', goal: 'Synim', module: 'Modul trajnimi' },
  },
  sr: {
    title: 'Рефлексивни портфолио',
    kind: 'Рефлексија',
    generated: 'Направљено',
    entries: 'Уноси',
    linkedTo: 'Повезано са',
    empty: 'Још нема уноса.',
    links: { meeting: 'Састанак', observation: 'Посматрање', goal: 'Циљ', module: 'Модул обуке' },
  },
  'sr-Latn': {
    title: 'Refleksivni portfolio',
    kind: 'Refleksija',
    generated: 'Napravljeno',
    entries: 'Unosi',
    linkedTo: 'Povezano sa',
    empty: 'Još nema unosa.',
    links: { meeting: 'Sastanak', observation: 'Posmatranje', goal: 'Cilj', module: 'Modul obuke' },
  },
};

// Core's prompt words have no Latin Serbian (it is derived from `sr` where shown); the printed ones are here.
const SERBIAN_LATIN_PROMPTS: Record<string, string> = {
  describe: 'Opiši',
  interpret: 'Protumači',
  evaluate: 'Proceni',
  plan: 'Planiraj',
  what: 'Šta?',
  'so-what': 'I šta onda?',
  'now-what': 'Šta sada?',
};

/** A prompt's label in `locale`; English when a translation is missing. */
export function promptLabel(prompt: PortfolioPrompt, locale: Locale): string {
  if (locale === 'sr-Latn') return SERBIAN_LATIN_PROMPTS[prompt.key] ?? prompt.label.en;
  const l = TRANSLATION_LOCALES.find((t) => t === locale);
  return (l && prompt.label[l]) || prompt.label.en;
}
