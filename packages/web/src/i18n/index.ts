import type { Locale } from '@mentora/core/types';
import { signal } from '@preact/signals';
import i18next from 'i18next';
import en from './en.json';

export const LOCALES: readonly Locale[] = ['en', 'ur', 'sq', 'sr'];
const RTL: ReadonlySet<Locale> = new Set<Locale>(['ur']);
const STORAGE_KEY = 'mentora.locale';

/** English ships in the first load; the others are fetched when chosen (2G: every byte counts). */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  ur: () => import('./ur.json'),
  sq: () => import('./sq.json'),
  sr: () => import('./sr.json'),
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

/** Before login the browser's language is the best guess (e.g. an Urdu phone). */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
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
  sr: 'Српски',
};
