import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPhone, formatPhone, phoneCandidates } from './phone';

const URDU_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const inScript = (digits: string, script: string) => digits.replace(/\d/g, (d) => script[Number(d)] ?? d);

describe('canonicalPhone: one number however it is written (issue 10, kind 1)', () => {
  it('reads the spellings the issue names as one E.164 number in Pakistan', () => {
    const spellings = ['03001234567', '0300-1234567', '+92 300 1234567', '923001234567', '00923001234567'];
    expect(spellings.map((s) => canonicalPhone(s, 'PK'))).toEqual(
      spellings.map(() => ({ ok: true, e164: '+923001234567' })),
    );
  });

  it('reads Kosovo numbers with the program country XK', () => {
    expect(canonicalPhone('044 100 001', 'XK')).toEqual({ ok: true, e164: '+38344100001' });
    expect(canonicalPhone('+383 44 100 001', 'PK')).toEqual({ ok: true, e164: '+38344100001' });
  });

  it('refuses what a spreadsheet did to a number, saying so', () => {
    const r = canonicalPhone('3.00123E+09', 'PK');
    expect(r).toMatchObject({ ok: false, problem: 'scientific_notation' });
    expect(r.ok ? '' : r.message).toMatch(/scientific notation.*Text/);
    expect(canonicalPhone('0300123', 'PK')).toMatchObject({ ok: false, problem: 'too_short' });
    expect(canonicalPhone('0300123456789012', 'PK')).toMatchObject({ ok: false, problem: 'too_long' });
    expect(canonicalPhone('0300 ABC', 'PK')).toMatchObject({ ok: false, problem: 'not_a_phone' });
  });

  it('without a program country, understands only international spellings', () => {
    expect(canonicalPhone('+92 300 1234567', null)).toEqual({ ok: true, e164: '+923001234567' });
    expect(canonicalPhone('03001234567', null)).toMatchObject({ ok: false, problem: 'no_country' });
  });

  it('property: every spelling of a Pakistani mobile, in any digits, gives the same E.164', () => {
    const spelling = fc.record({
      operator: fc.constantFrom('300', '301', '312', '321', '333', '345'),
      rest: fc.stringMatching(/^\d{7}$/),
      form: fc.constantFrom('national', 'plus', 'bare', 'double-zero'),
      separator: fc.constantFrom('', ' ', '-', '.', '\u00a0'),
      digits: fc.constantFrom('ascii', 'urdu', 'arabic'),
    });
    fc.assert(
      fc.property(spelling, ({ operator, rest, form, separator, digits }) => {
        const body = `${operator}${separator}${rest.slice(0, 3)}${separator}${rest.slice(3)}`;
        const written = {
          national: `0${body}`,
          plus: `+92${separator}${body}`,
          bare: `92${body}`,
          'double-zero': `0092${body}`,
        }[form];
        const typed = digits === 'ascii' ? written : inScript(written, digits === 'urdu' ? URDU_DIGITS : ARABIC_DIGITS);
        expect(canonicalPhone(typed, 'PK')).toEqual({ ok: true, e164: `+92${operator}${rest}` });
      }),
      { numRuns: 500 },
    );
  });

  it('property: a number shown in its national format reads back as the same number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^3[0-4]\d{8}$/), (nsn) => {
        const e164 = `+92${nsn}`;
        const shown = formatPhone(e164, 'PK');
        expect(canonicalPhone(shown, 'PK')).toEqual({ ok: true, e164 });
      }),
      { numRuns: 300 },
    );
  });

  it('shows a number nationally to its own country and internationally elsewhere', () => {
    expect(formatPhone('+923001234567', 'PK')).toBe('0300 1234567');
    expect(formatPhone('+38344100001', 'PK')).toBe('+383 44 100 001');
    expect(formatPhone('12345', 'PK')).toBe('12345');
  });

  it('gives the login candidates of every program country', () => {
    expect(phoneCandidates('0300 1234567', ['PK'])).toEqual(['+923001234567']);
    expect(phoneCandidates('044 100 001', ['PK', 'XK'])).toContain('+38344100001');
    expect(phoneCandidates('someone@example.org', ['PK'])).toEqual([]);
  });
});
