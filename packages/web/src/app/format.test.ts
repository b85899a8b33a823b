import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../i18n/en.json';
import { locale } from '../i18n/index';
import sq from '../i18n/sq.json';
import sr from '../i18n/sr.json';
import srLatn from '../i18n/sr-Latn.json';
import ur from '../i18n/ur.json';
import { formatDate, formatDateTime, formatNumber, formatRelative } from './format';

// Debian's Chromium has no CLDR data for Albanian: supportedLocalesOf(['sq']) is [] and Intl
// answers in English. The app must then format from its own locale files.
const ENGLISH_MONTHS =
  /January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const NOW = Date.parse('2026-12-01T12:00:00');

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: {
      en: { translation: en },
      ur: { translation: ur },
      sq: { translation: sq },
      sr: { translation: sr },
      'sr-Latn': { translation: srLatn },
    },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  locale.value = 'en';
});

/** A runtime that lacks every locale's data, as Debian's Chromium lacks Albanian. */
const withoutLocaleData = () => vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);

describe('formatting where the runtime has no data for the language', () => {
  it('Albanian: month names, date-time, relative times and numbers in Albanian', () => {
    withoutLocaleData();
    locale.value = 'sq';
    expect(formatDate('2026-12-01')).toBe('1 dhjetor 2026');
    expect(formatDate('2026-11-30')).toBe('30 nëntor 2026');
    expect(formatDateTime('2026-12-01T13:05:00')).toBe('1 dhjetor 2026, 13:05');
    expect(formatRelative('2026-12-01T12:00:00', NOW)).toBe('tani');
    expect(formatRelative('2026-12-01T11:55:00', NOW)).toBe('5 minuta më parë');
    expect(formatRelative('2026-11-30T12:00:00', NOW)).toBe('dje');
    expect(formatNumber(1234.5)).toBe('1\u00a0234,5');
    for (const text of [formatDate('2026-12-01'), formatDateTime('2026-12-01T13:05:00')])
      expect(text).not.toMatch(ENGLISH_MONTHS);
  });

  it('Urdu', () => {
    withoutLocaleData();
    locale.value = 'ur';
    expect(formatDate('2026-12-01')).toBe('1 دسمبر 2026');
    expect(formatRelative('2026-12-01T12:00:00', NOW)).toBe('ابھی');
    expect(formatRelative('2026-12-01T09:00:00', NOW)).toBe('3 گھنٹے پہلے');
  });

  it('Serbian in Cyrillic and in Latin, with Serbian plural forms', () => {
    withoutLocaleData();
    locale.value = 'sr';
    expect(formatDate('2026-12-01')).toBe('1. децембар 2026.');
    expect(formatRelative('2026-12-01T09:00:00', NOW)).toBe('пре 3 сата');
    expect(formatRelative('2026-11-30T12:00:00', NOW)).toBe('јуче');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    locale.value = 'sr-Latn';
    expect(formatDate('2026-12-01')).toBe('1. decembar 2026.');
    expect(formatRelative('2026-12-01T07:00:00', NOW)).toBe('pre 5 sati');
    expect(formatRelative('2026-12-01T12:00:00', NOW)).toBe('sada');
  });

  it('a runtime that has the data still formats with Intl', () => {
    locale.value = 'en';
    expect(formatDate('2026-12-01')).toBe('Dec 1, 2026');
    expect(formatRelative('2026-12-01T11:55:00', NOW)).toBe('5 minutes ago');
  });
});
