import type { Translations } from './instrument-types';

// Test helper (not shipped): the script each language is written in, so a text left in English
// (or Serbian typed in Latin) is caught.
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Why `t` is not fully translated, or [] when it is: ur, sq and sr present, non-empty, different
 * from English; Urdu in Arabic script; Albanian in Latin script without Cyrillic; Serbian in
 * Cyrillic with no Latin letter at all (so sr-Latn, derived letter by letter, is complete).
 */
export function translationProblems(where: string, t: Translations): string[] {
  const problems: string[] = [];
  for (const locale of ['ur', 'sq', 'sr'] as const) {
    const text = t[locale];
    if (!text?.trim()) problems.push(`${where}: no ${locale} text`);
    else if (text === t.en) problems.push(`${where}: ${locale} is the English text`);
  }
  if (t.ur && (!ARABIC_LETTER.test(t.ur) || LATIN_LETTER.test(t.ur)))
    problems.push(`${where}: ur is not in Urdu script`);
  if (t.sq && (!LATIN_LETTER.test(t.sq) || CYRILLIC_LETTER.test(t.sq))) problems.push(`${where}: sq is not Latin`);
  if (t.sr && (!CYRILLIC_LETTER.test(t.sr) || LATIN_LETTER.test(t.sr))) problems.push(`${where}: sr is not Cyrillic`);
  return problems;
}
