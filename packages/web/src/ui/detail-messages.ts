import { formatDate, formatNumber } from '../app/format';
import { t } from '../i18n';

/**
 * The server's detail messages a teacher meets most — dates refused by the server's clock and phone
 * numbers (issue 10, kinds 1 and 6) — in the user's language: the server writes them in English
 * with stable wording (core `implausibleDates`, `canonicalPhone`, the `Phone` schema), so each
 * pattern here maps one to its `detail.*` string. Anything else is shown as the server wrote it.
 */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /^is in the future: check the date and time of the phone \(the server's date is (\d{4}-\d{2}-\d{2})\)$/,
    (m) => t('detail.dateFuture', { date: formatDate(m[1] ?? '') }),
  ],
  [
    /^is more than (\d+) days ahead: check the date and time of the phone \(the server's date is (\d{4}-\d{2}-\d{2})\)$/,
    (m) => t('detail.dateTooFar', { days: formatNumber(Number(m[1])), date: formatDate(m[2] ?? '') }),
  ],
  [/^must not be before 2000-01-01$/, () => t('detail.dateTooEarly')],
  [/scientific notation/, () => t('detail.phoneScientific')],
  [/^has too few digits for a phone number/, () => t('detail.phoneTooShort')],
  [/^has too many digits for a phone number/, () => t('detail.phoneTooLong')],
  [/^is not a phone number( of [A-Z]{2})?: check its digits/, () => t('detail.phoneNotValid')],
  [/^write the number with its country code/, () => t('detail.phoneNoCountry')],
  [/^must be a phone number/, () => t('detail.phoneNotPhone')],
];

/** The detail in the user's language when it is one of the known messages; null otherwise. */
export function translatedDetail(message: string): string | null {
  for (const [pattern, text] of PATTERNS) {
    const m = message.match(pattern);
    if (m) return text(m);
  }
  return null;
}
