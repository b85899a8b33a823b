import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Messages } from './serbian-latin';

// A text left in English in another language's file passes the key check but still shows English
// on a Kosovo or Balochistan screen (sq had "Draft" for an instrument version). Any text with at
// least four letters that equals English is flagged, unless it is the same word in that language.

const read = (locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`./${locale}.json`, import.meta.url), 'utf8')) as Messages;

function flat(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flat(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Same text as English, and rightly so: `locale:key` → why. */
const SAME_WORD: Record<string, string> = {
  'ur:app.name': 'the product name',
  'sq:app.name': 'the product name',
  'sr:app.name': 'the product name',
  // Albanian borrowed these words with the same spelling: "mentor" (pl. mentorë), "test" (pl.
  // teste), "person" (pl. persona — the plural form differs and is translated).
  'sq:role.mentor': 'Albanian "mentor"',
  'sq:memberRole.mentor': 'Albanian "mentor"',
  'sq:change.group.value.role.mentor': 'Albanian "mentor"',
  'sq:groups.mentoredBy': 'Albanian "mentor"',
  'sq:meetings.artefactKind.test': 'Albanian "test"',
  'sq:change.meeting.value.kind.test': 'Albanian "test"',
  'sq:people.count_one': 'Albanian "një person"',
};

/** Letters outside {{placeholders}}: a date pattern like "{{hour}}:{{minute}}" has none. */
const letters = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '').replace(/[^\p{L}]/gu, '').length;

const en = flat(read('en'));

describe('texts left in English', () => {
  for (const locale of ['ur', 'sq', 'sr']) {
    it(`${locale}: none, except words that are the same in ${locale}`, () => {
      const same = [...flat(read(locale))]
        .filter(([key, text]) => text === en.get(key) && letters(text) >= 4)
        .map(([key]) => `${locale}:${key}`)
        .filter((id) => !(id in SAME_WORD));
      expect(same).toEqual([]);
    });
  }

  it('the list of same words names only texts that still equal English', () => {
    for (const id of Object.keys(SAME_WORD)) {
      const [locale = '', key = ''] = id.split(':');
      expect(flat(read(locale)).get(key), id).toBe(en.get(key));
    }
  });
});
