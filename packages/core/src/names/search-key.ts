import { asciiDigits } from './digits';

// Serbian Cyrillic to Serbian Latin, letter by letter (the official one-to-one correspondence of
// Vuk's alphabet and Gaj's Latin alphabet): "Ђорђе" and "Đorđe" are one name.
const SERBIAN_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

// Arabic letters that Urdu writes with its own code points: an Arabic keyboard's ي, ى and ك, and
// the Arabic heh, look the same as Urdu's ی, ک and ہ in many fonts but are different characters.
const URDU_LETTER: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک', ه: 'ہ', ة: 'ہ', ۀ: 'ہ' };

// Letters with no Unicode decomposition that people type without their mark. Serbian writes "đ" as
// "dj" when a keyboard lacks it ("Djordje").
const BASE_LETTER: Record<string, string> = { đ: 'dj', ł: 'l', ø: 'o', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss' };

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u0640]/gu; // ZWNJ, bidi marks, tatweel
const MARKS = /\p{M}/gu;

/**
 * The one search key of a text (issue 10, kind 3), computed the same way for a stored record and
 * for what a person types, on the server (stored in an indexed `search_key` column) and on the
 * phone: compatibility forms unified (NFKC), digits of any script as ASCII, invisible characters
 * and the Arabic tatweel dropped, Arabic letter variants folded to Urdu's (ي ى → ی, ك → ک,
 * ه ة ۀ → ہ), Serbian Cyrillic written in Latin letters, case folded fully (ß → ss, İ → i),
 * diacritics optional (every combining mark removed: ë → e, ç → c, č → c, آ → ا), đ → dj, runs of
 * spaces as one. A search matches when the query's key is a part of the record's key, so "Gashi",
 * "gashi", "Гаши" and "GASHÏ" find each other. Pure; no I/O. Changing it needs a migration that
 * recomputes the stored keys.
 */
export function searchKey(text: string): string {
  let s = asciiDigits(text.normalize('NFKC')).replace(INVISIBLE, '');
  s = s.toLowerCase();
  s = s.replace(/[\u0400-\u04ff]/gu, (c) => SERBIAN_LATIN[c] ?? c);
  s = s.replace(/[يىكهةۀ]/gu, (c) => URDU_LETTER[c] ?? c);
  s = s.replace(/[đłøıæœß]/gu, (c) => BASE_LETTER[c] ?? c);
  s = s.normalize('NFD').replace(MARKS, '').normalize('NFC');
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * A SQL LIKE pattern that finds `term`'s key anywhere in a stored key, with LIKE's wildcards in the
 * term escaped (`_` and `%` typed by a person match only themselves). Use with `ESCAPE '\'`.
 * Returns null when the term has no searchable characters (a search for "%" or "   ").
 */
export function searchPattern(term: string): string | null {
  const key = searchKey(term);
  if (key === '') return null;
  return `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The key of a record made of several searchable texts (a person's name, EMIS id and phone
 * digits), joined by a separator no query contains so a match cannot span two of them.
 */
export function recordSearchKey(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map(searchKey)
    .join(' | ');
}
