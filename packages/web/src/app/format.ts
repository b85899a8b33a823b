import { locale } from '../i18n';
import { fallbackDate, fallbackDateTime, fallbackNumber, fallbackRelative, intlSpeaks } from './format-fallback';

// Intl formatters are costly to build on a cheap phone; keep one per locale.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A number in the user's language ("1 234,5" in Albanian), even where Intl lacks the language. */
export function formatNumber(value: number): string {
  const tag = locale.value;
  if (!intlSpeaks(tag)) return fallbackNumber(tag, value);
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag);
    numberFormats.set(tag, format);
  }
  return format.format(value);
}

/** A calendar date `YYYY-MM-DD` or an ISO timestamp, shown in the user's language. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  // A calendar date has no time zone: format it as UTC so it never shifts by a day.
  const dateOnly = value.length === 10;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  if (!intlSpeaks(locale.value)) return fallbackDate(locale.value, date, dateOnly);
  const key = `${locale.value}|${dateOnly}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale.value,
      dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' },
    );
    dateFormats.set(key, format);
  }
  return format.format(date);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO timestamp as date and time of day in the device's time zone ("1 dhjetor 2026, 13:00"). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = locale.value;
  if (!intlSpeaks(tag)) return fallbackDateTime(tag, date);
  let format = dateTimeFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(tag, format);
  }
  return format.format(date);
}

/** Today as `YYYY-MM-DD` in the device's time zone (start dates, end dates). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const UNITS: ['day' | 'hour' | 'minute', number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 minutes ago", "yesterday", "just now" (numeric: auto) in the user's language. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const tag = locale.value;
  // A time a little ahead of `now` (clocks, a stale `now`) is "now", never "in 5 seconds".
  const diff = Math.min(0, new Date(iso).getTime() - now);
  if (!intlSpeaks(tag)) {
    for (const [unit, ms] of UNITS) if (-diff >= ms) return fallbackRelative(tag, unit, Math.round(-diff / ms));
    return fallbackRelative(tag, 'second', 0);
  }
  let format = relativeFormats.get(tag);
  if (!format) {
    format = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    relativeFormats.set(tag, format);
  }
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  return format.format(0, 'second');
}
