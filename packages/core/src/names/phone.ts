import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/min';
import { asciiDigits } from './digits';

/**
 * Why a phone number was not accepted. `scientific_notation`: a spreadsheet turned the number into
 * "3.00123E+09" and lost its digits; `too_short` / `too_long`: not a possible length for the
 * country; `no_country`: written nationally ("0300…") in a program without a country; `not_a_phone`:
 * letters or other characters; `not_valid`: a possible length, but no number of the country has those
 * digits (a mobile number one digit short).
 */
export type PhoneProblem =
  | 'scientific_notation'
  | 'too_short'
  | 'too_long'
  | 'not_valid'
  | 'no_country'
  | 'not_a_phone';
export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: PhoneProblem; message: string };

const SCIENTIFIC = /^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i;
// What people put between digits: spaces, dashes, dots, brackets, slashes (and invisible marks
// that copying from a right-to-left text leaves behind).
const SEPARATORS = /[\s\u00a0\u202f\-\u2010-\u2015.()/\u200e\u200f\u061c]/gu;

/** True when `code` is an ISO 3166-1 alpha-2 country whose numbers the library knows (e.g. PK, XK). */
export function isPhoneCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/**
 * One phone number however it is written (issue 10, kind 1), as E.164 ("+923001234567").
 * `raw`: what was typed or imported — "03001234567", "0300-1234567", "+92 300 1234567",
 * "923001234567", "0092…", in any script's digits. `country`: the program's country (ISO alpha-2,
 * PK for PTMP, XK for Kosovo) for numbers written nationally; null when the program has none, in
 * which case only international spellings (+…, 00…) are understood.
 * Accepts a number the library finds valid for its country (`isValid`: right length and prefix), so
 * "0300 12345", a mobile number two digits short, is refused although a landline may be that long.
 * Never throws: a problem comes back as `{ ok: false, problem, message }` (English; the web app
 * translates by `problem`).
 */
export function canonicalPhone(raw: string, country: string | null): PhoneResult {
  const typed = asciiDigits(raw.normalize('NFKC')).trim();
  if (SCIENTIFIC.test(typed.replace(/\s/g, '')))
    return fail(
      'scientific_notation',
      `"${raw}" is a number in scientific notation: a spreadsheet shortened the phone number and its last digits are lost. Format the phone column as Text and type or paste the numbers again`,
    );
  const compact = typed.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact))
    return fail('not_a_phone', 'must be a phone number: digits, spaces, dashes and a leading +');
  const international = compact.startsWith('+') ? compact : compact.startsWith('00') ? `+${compact.slice(2)}` : null;
  const code = country !== null && isPhoneCountry(country) ? (country as CountryCode) : undefined;
  if (international === null && code === undefined) {
    // Digits without a prefix may still be a full international number ("923001234567").
    const asIntl = parsePhoneNumberFromString(`+${compact}`);
    if (asIntl?.isValid()) return { ok: true, e164: asIntl.number };
    return fail(
      'no_country',
      'write the number with its country code (for example +92 300 1234567): the program has no country set',
    );
  }
  const text = international ?? compact;
  const lengthProblem = validatePhoneNumberLength(text, code);
  if (lengthProblem === undefined) {
    const parsed = parsePhoneNumberFromString(text, code);
    if (parsed?.isValid()) return { ok: true, e164: parsed.number };
  }
  // A national number written without its trunk 0 but with the country code ("923001234567").
  if (international === null && code !== undefined) {
    const asIntl = parsePhoneNumberFromString(`+${compact}`);
    if (asIntl?.isValid() && asIntl.country === code) return { ok: true, e164: asIntl.number };
  }
  if (lengthProblem === 'TOO_LONG')
    return fail('too_long', `has too many digits for a phone number${code ? ` in ${code}` : ''}`);
  if (lengthProblem === 'TOO_SHORT' || lengthProblem === 'NOT_A_NUMBER')
    return fail('too_short', `has too few digits for a phone number${code ? ` in ${code}` : ''}`);
  return fail(
    'not_valid',
    `is not a phone number${code ? ` of ${code}` : ''}: check its digits (a mobile number has a fixed length)`,
  );
}

function fail(problem: PhoneProblem, message: string): PhoneResult {
  return { ok: false, problem, message };
}

/**
 * The spellings a login or search term may stand for, one per country: a person typing
 * "0300 1234567" on the login screen may belong to any program of the deployment, so the term is
 * read with each program country (and as an international number). Returns distinct E.164 forms;
 * empty when the term is no phone number at all.
 */
export function phoneCandidates(raw: string, countries: readonly string[]): string[] {
  const out = new Set<string>();
  for (const country of [...countries, null]) {
    const r = canonicalPhone(raw, country);
    if (r.ok) out.add(r.e164);
  }
  return [...out];
}

/**
 * How a stored E.164 number is shown: nationally ("0300 1234567") to people of its own country,
 * internationally ("+383 44 100 001") otherwise; the stored text itself when it is not parseable
 * (numbers stored before issue 10). A number in no allocated range is shown internationally too.
 * Phones are left-to-right: wrap them in `<bdi>` in RTL text.
 */
export function formatPhone(e164: string, country: string | null): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  // Where the library knows no national pattern for a number it drops the trunk "0" ("441234567"):
  // such a number, and one in no allocated range, is shown internationally, which reads back the same.
  const national = parsed.formatNational();
  const withTrunkPrefix = national.replace(/\D/g, '') !== parsed.nationalNumber;
  return country !== null && parsed.country === country && parsed.isValid() && withTrunkPrefix
    ? national
    : parsed.formatInternational();
}
