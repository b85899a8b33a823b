import { asciiDigits, recordSearchKey, searchPattern } from '@mentora/core';
import { sql } from 'kysely';

/**
 * The stored search key of a person (column `persons.search_key`, indexed): their name and EMIS
 * id through core's `searchKey` (issue 10, kind 3). Every writer of `persons` sets it; the
 * `search-keys` test finds a row whose key is stale.
 */
export function personSearchKey(p: { fullName: string; emisId: string | null }): string {
  return recordSearchKey([p.fullName, p.emisId]);
}

/** A group's stored search key (column `groups.search_key`): its name. */
export function groupSearchKey(g: { name: string }): string {
  return recordSearchKey([g.name]);
}

/**
 * `column LIKE pattern ESCAPE '\'` for a person's search term: the term's key anywhere in the stored
 * key, with `%` and `_` typed by the person matching only themselves. The same on both engines (the
 * keys are folded already, so neither engine's case rules matter). Null when the term has nothing
 * searchable.
 */
export function keyMatches(column: string, term: string) {
  const pattern = searchPattern(term);
  if (pattern === null) return null;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/**
 * The digits of a search term that looks like (a part of) a phone number — at least four digits
 * and only phone characters — without the leading zeros of a national or 00 prefix, so "0300 123"
 * finds "+923001234567". Null for any other term.
 */
export function phoneDigitsOf(term: string): string | null {
  const t = asciiDigits(term.normalize('NFKC')).trim();
  if (!/^\+?[\d\s\-().]+$/u.test(t)) return null;
  const digits = t.replace(/\D/g, '').replace(/^0+/, '');
  return digits.length >= 4 ? digits : null;
}
