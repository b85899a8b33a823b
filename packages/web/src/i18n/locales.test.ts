import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './index';
import { type Messages, serbianLatinFile } from './serbian-latin';

// The non-negotiable: every screen complete in every language — no English left on a Kosovo
// user's screen. English is the reference: every other file has exactly its keys, the same
// {{placeholders}}, and each plural key in every form the language's plural rules ask for.

const dir = new URL('./', import.meta.url);
const read = (file: string): Messages => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Messages;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Flattened `a.b.c` → text. */
function flat(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flat(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const en = flat(read('en.json'));
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
// A plural key is one English has an `_other` form of (i18next's convention, v21+).
const pluralBases = new Set([...en.keys()].filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -6)));
const singleKeys = [...en.keys()].filter((k) => !pluralBases.has(PLURAL.exec(k)?.[1] ?? ''));

/** Keys a locale must have: English's single keys, and each plural key in every form of its rules. */
function expectedKeys(locale: string): Set<string> {
  // i18next picks the form with Intl.PluralRules; `one` stays too, as English has it.
  const categories = new Set(['one', 'other', ...new Intl.PluralRules(locale).resolvedOptions().pluralCategories]);
  return new Set([...singleKeys, ...[...pluralBases].flatMap((base) => [...categories].map((c) => `${base}_${c}`))]);
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]).sort();

/** The English text a key is translated from (a plural form English lacks: its `_other`). */
function englishFor(key: string): string | undefined {
  const plural = PLURAL.exec(key);
  return en.get(key) ?? (plural && pluralBases.has(plural[1] ?? '') ? en.get(`${plural[1]}_other`) : undefined);
}

/** Differences between one locale file and English; empty when complete. */
function problems(locale: string): string[] {
  const have = flat(read(`${locale}.json`));
  const want = expectedKeys(locale);
  const out: string[] = [];
  for (const key of want) if (!have.has(key)) out.push(`missing ${key}`);
  for (const [key, text] of have) {
    if (!want.has(key)) out.push(`extra or stale ${key}`);
    else if (text.trim() === '') out.push(`empty ${key}`);
    else {
      const english = englishFor(key) ?? '';
      if (placeholders(text).join() !== placeholders(english).join())
        out.push(`placeholders of ${key}: {{${placeholders(text)}}} ≠ English {{${placeholders(english)}}}`);
    }
  }
  return out;
}

describe('locale files', () => {
  it('are exactly the languages the app offers, one file each', () => {
    expect(files).toEqual([...LOCALES].map((l) => `${l}.json`).sort());
  });

  it('English has plural keys to check', () => {
    expect(pluralBases.size).toBeGreaterThan(10);
    expect(singleKeys.length).toBeGreaterThan(300);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: every English key, no stale ones, same placeholders, every plural form`, () => {
      expect(problems(locale)).toEqual([]);
    });
  }

  it('notices what a locale file lacks or adds (the check can fail)', () => {
    const want = expectedKeys('sr');
    expect(want.has('people.count_few')).toBe(true);
    expect(expectedKeys('sq').has('people.count_few')).toBe(false);
    expect(placeholders('Добро дошли, {{ name }}')).toEqual(['name']);
    expect(englishFor('people.count_few')).toBe(en.get('people.count_other'));
  });

  it('sr-Latn.json is sr.json in Latin letters, regenerated (npm run i18n:sr-latn)', () => {
    expect(readFileSync(new URL('sr-Latn.json', dir), 'utf8')).toBe(serbianLatinFile(read('sr.json')));
    expect(readFileSync(new URL('sr-Latn.json', dir), 'utf8')).not.toMatch(/[\u0400-\u04FF]/);
  });
});

describe('plural forms as users see them', () => {
  it('Serbian (both scripts) says 1 особа, 3 особе, 5 особа; Albanian 1 person, 3 persona', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'sr',
      resources: Object.fromEntries(['sr', 'sr-Latn', 'sq'].map((l) => [l, { translation: read(`${l}.json`) }])),
      showSupportNotice: false,
    });
    const people = (lng: string, n: number) => i18n.t('people.count', { lng, count: n, n });
    expect([1, 3, 5, 21, 22, 25].map((n) => people('sr', n))).toEqual([
      '1 особа',
      '3 особе',
      '5 особа',
      '21 особа',
      '22 особе',
      '25 особа',
    ]);
    expect([1, 3, 5].map((n) => people('sr-Latn', n))).toEqual(['1 osoba', '3 osobe', '5 osoba']);
    expect([1, 3].map((n) => people('sq', n))).toEqual(['1 person', '3 persona']);
  });
});
