import i18next from 'i18next';

/**
 * Dates, times, relative times and numbers from our own locale files (`format.*` in
 * i18n/{en,ur,sq,sr}.json), for a runtime without CLDR data for the user's language: Debian's
 * Chromium and some Android browsers have no `sq` (and on some devices no `ur`/`sr`), and their
 * Intl then answers in English ("Dec 1, 2026", "now") on an Albanian screen.
 */

/** True when this runtime's Intl has date data for `tag` (else it silently formats in English). */
export function intlSpeaks(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

const text = (tag: string, key: string, vars: Record<string, string | number> = {}) =>
  i18next.t(`format.${key}`, { lng: tag, ...vars });

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar parts of `date` in UTC (a calendar date) or the device's time zone (a timestamp). */
function parts(date: Date, utc: boolean) {
  return utc
    ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
    : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** "1 dhjetor 2026", "1. децембар 2026.", "1 دسمبر 2026" from `format.date` and `format.months`. */
export function fallbackDate(tag: string, date: Date, utc: boolean): string {
  const { year, month, day } = parts(date, utc);
  return text(tag, 'date', { day, year, month: text(tag, `months.${month}`) });
}

/** The date and the 24-hour time "13:05" in the device's time zone. */
export function fallbackDateTime(tag: string, date: Date): string {
  const time = text(tag, 'time', { hour: pad(date.getHours()), minute: pad(date.getMinutes()) });
  return text(tag, 'dateTime', { date: fallbackDate(tag, date, false), time });
}

/**
 * The CLDR plural category of a whole number, computed here because a runtime without the
 * locale's data also gets Intl.PluralRules wrong (Serbian: 1, 21 → one; 2–4, 22–24 → few).
 */
export function pluralCategory(tag: string, n: number): 'one' | 'few' | 'other' {
  if (tag.startsWith('sr')) {
    const d = n % 10;
    const h = n % 100;
    if (d === 1 && h !== 11) return 'one';
    if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'few';
    return 'other';
  }
  return n === 1 ? 'one' : 'other';
}

/** "tani", "5 minuta më parë", "dje", "пре 3 сата" — a time in the past, `n` whole units ago. */
export function fallbackRelative(tag: string, unit: 'day' | 'hour' | 'minute' | 'second', n: number): string {
  if (unit === 'second' || n === 0) return text(tag, 'now');
  if (unit === 'day' && n === 1) return text(tag, 'yesterday');
  const key = unit === 'day' ? 'daysAgo' : unit === 'hour' ? 'hoursAgo' : 'minutesAgo';
  return text(tag, `${key}_${pluralCategory(tag, n)}`, { n });
}

/** A number with the locale's decimal and group separators ("1 234,5" in Albanian). */
export function fallbackNumber(tag: string, value: number): string {
  // `format.number1234_5` shows how 1234.5 is written; a bare space would read as an empty text.
  const sample = text(tag, 'number1234_5');
  const group = sample[1] ?? ',';
  const decimal = sample[5] ?? '.';
  return new Intl.NumberFormat('en-US').format(value).replace(/[.,]/g, (c) => (c === '.' ? decimal : group));
}
