import type { Locale } from '@mentora/core/types';
import { signal } from '@preact/signals';
import i18next from 'i18next';
import en from './en.json';

/** BCP 47 tags; `sr` is Serbian in Cyrillic, `sr-Latn` the same texts in Latin script. */
export const LOCALES: readonly Locale[] = ['en', 'ur', 'sq', 'sr', 'sr-Latn'];
const RTL: ReadonlySet<Locale> = new Set<Locale>(['ur']);
const STORAGE_KEY = 'mentora.locale';

/** English ships in the first load; the others are fetched when chosen (2G: every byte counts). */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  ur: () => import('./ur.json'),
  sq: () => import('./sq.json'),
  sr: () => import('./sr.json'),
  // Generated from sr.json (npm run i18n:sr-latn); never edited by hand.
  'sr-Latn': () => import('./sr-Latn.json'),
};

/** The active locale; components that call `t` re-render when it changes. */
export const locale = signal<Locale>('en');

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The app's locale for one browser language tag, or null when the app does not speak it.
 * Serbian is read in two scripts: the script comes from the tag, or else from CLDR's likely
 * subtags via Intl.Locale#maximize (sr, sr-RS, sr-BA → Cyrillic; sr-ME, sh → Latin), so a phone
 * set to "srpski (latinica)" gets Latin letters. Without Intl.Locale only the base language counts.
 */
export function localeForTag(tag: string): Locale | null {
  let language = tag.toLowerCase().split('-')[0] ?? '';
  let script = '';
  try {
    const full = new Intl.Locale(tag).maximize();
    language = full.language;
    script = full.script ?? '';
  } catch {
    // An invalid tag, or a browser without Intl.Locale: fall back to the base language.
  }
  if (language === 'sr') return script === 'Latn' ? 'sr-Latn' : 'sr';
  return isLocale(language) ? language : null;
}

/** Before login the browser's language is the best guess (e.g. an Urdu phone). */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const found = localeForTag(tag);
    if (found) return found;
  }
  return 'en';
}

export async function initI18n(): Promise<void> {
  await i18next.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    returnNull: false,
    showSupportNotice: false, // no console banner on users' phones
  });
}

export async function applyLocale(next: Locale, persist = true): Promise<void> {
  if (next !== 'en' && !i18next.hasResourceBundle(next, 'translation')) {
    const mod = await loaders[next]();
    i18next.addResourceBundle(next, 'translation', mod.default, true, true);
  }
  await i18next.changeLanguage(next);
  const html = document.documentElement;
  html.lang = next;
  html.dir = RTL.has(next) ? 'rtl' : 'ltr';
  if (persist) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or full storage: the choice still applies for this visit.
    }
  }
  locale.value = next;
}

/** Translate; reading `locale.value` subscribes the calling component to language changes. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  void locale.value;
  return i18next.t(key, vars);
}

/** Each language's own name, shown in that language so people can find theirs. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ur: 'اردو',
  sq: 'Shqip',
  sr: 'Српски (ћирилица)',
  'sr-Latn': 'Srpski (latinica)',
};
