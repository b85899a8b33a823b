// Unicode guarantees decimal digits (Nd) come in runs of ten, 0 to 9 in order; so a digit's value
// is its distance from the start of its run, modulo 10 (runs of ten may follow each other).
const DECIMAL_DIGIT = /\p{Nd}/u;
const asciiDigit = (digit: string): string => {
  const cp = digit.codePointAt(0) ?? 0;
  let start = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
};

/**
 * Every decimal digit of any script as its ASCII digit: Urdu/Persian "۰۳۰۰" and Arabic-Indic
 * "٠٣٠٠" (what an Urdu keyboard types) become "0300"; other characters are kept as they are.
 * Issue 10, kind 2: phones, numbers, logins and search terms typed with these digits must work.
 */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : asciiDigit(d)));
}

/**
 * A whole number typed by a person, in any script's digits, with optional spaces and one leading
 * minus (ASCII or the Unicode minus sign). Returns the number, or null when the text is not a whole
 * number ("", "12a", "1.5", "1e3") — never a silent 0 or NaN. Used by every numeric input in the web
 * app and by imports (issue 10, kind 2: "an unreadable number is an error, never null").
 */
export function parseWholeNumber(text: string): number | null {
  const s = asciiDigits(text.normalize('NFKC'))
    .replace(/[\s\u00a0\u202f]/gu, '')
    .replace(/^[\u2212]/u, '-');
  if (!/^-?\d{1,15}$/.test(s)) return null;
  return Number(s);
}

/**
 * A decimal number typed by a person (contact hours "1.5", "۱٫۵", "1,5"): any script's digits, a
 * point, the Arabic decimal separator "٫" or a comma as the decimal mark. Null when unreadable.
 */
export function parseDecimalNumber(text: string): number | null {
  const s = asciiDigits(text.normalize('NFKC'))
    .replace(/[\s\u00a0\u202f]/gu, '')
    .replace(/^[\u2212]/u, '-')
    .replace(/[\u066b,]/u, '.');
  if (!/^-?(\d{1,15}(\.\d{1,6})?|\.\d{1,6})$/.test(s)) return null;
  return Number(s);
}
