// Cyrillic and Greek lower-case letters that are drawn like a Latin letter (after lower-casing),
// from Unicode's confusables list (UTS #39, confusables.txt) restricted to these two scripts. No
// npm package of that list is both maintained and small, and the password rule needs only these:
// "pаssword1" with a Cyrillic "а" must meet the common list as "password1".
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  с: 'c',
  ѕ: 's',
  т: 't',
  у: 'y',
  ү: 'y',
  х: 'x',
  ԝ: 'w',
  ԁ: 'd',
  ɡ: 'g',
  ӏ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ζ: 'z',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * `text` (already lower case) with each Cyrillic or Greek letter that looks Latin replaced by that
 * Latin letter; other characters unchanged. Only for comparing, never shown or stored.
 */
export const foldLookAlikes = (text: string): string => text.replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c);
