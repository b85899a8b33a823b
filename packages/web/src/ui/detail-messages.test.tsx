// @vitest-environment happy-dom
import { canonicalPhone } from '@mentora/core/names';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLocale, initI18n } from '../i18n';
import { translatedDetail } from './detail-messages';

// The server's own wording, produced by core's code — so a change there that breaks a pattern fails here.
const phoneMessages = ['3.00123E+09', '0300 123', '0300 1234567 8901 23', '0300 12345', 'abc', '03001234567'].map(
  (raw, i) => {
    const r = canonicalPhone(raw, i === 5 ? null : 'PK');
    if (r.ok) throw new Error(`${raw} should be refused`);
    return r.message;
  },
);
const dateMessages = [
  "is in the future: check the date and time of the phone (the server's date is 2026-03-15)",
  "is more than 183 days ahead: check the date and time of the phone (the server's date is 2026-03-15)",
  'must not be before 2000-01-01',
];

describe('server detail messages in the user’s language (issue 10, kinds 1 and 6)', () => {
  beforeAll(() => initI18n());
  afterAll(() => applyLocale('en', false));

  it('translates every date and phone refusal into Urdu, Albanian and Serbian', async () => {
    for (const locale of ['ur', 'sq', 'sr'] as const) {
      await applyLocale(locale, false);
      for (const message of [...phoneMessages, ...dateMessages]) {
        const shown = translatedDetail(message);
        expect([locale, message, shown === null]).toEqual([locale, message, false]);
        expect(shown).not.toBe(message);
      }
    }
  });

  it('leaves other messages as the server wrote them', () => {
    expect(translatedDetail('not a school of this cluster')).toBeNull();
  });
});
