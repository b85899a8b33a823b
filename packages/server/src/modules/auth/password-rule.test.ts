import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rule';

// NIST SP 800-63B §3.1.1.2 as a pure rule: length in code points, the common list, own words.
describe(passwordProblem.name, () => {
  const owner = { login: 'driton.shala@example.org', fullName: 'Driton Shala' };

  it('counts characters, not bytes: an Urdu passphrase of 8 letters is long enough', () => {
    expect(passwordProblem('چائے اور کتاب', owner)).toBeNull();
    expect(passwordProblem('🙂🙂🙂🙂🙂🙂🙂', owner)).toBe('too_short');
  });

  it('compares with the common list in lower case, with and without spaces', () => {
    expect(passwordProblem('QWERTY123', owner)).toBe('common');
    expect(passwordProblem('pass word', owner)).toBe('common');
  });

  it('takes the login, its parts and the name out before counting', () => {
    expect(passwordProblem('Shala-Driton!', owner)).toBe('personal');
    expect(passwordProblem('driton.shala77', owner)).toBe('personal');
    expect(passwordProblem('mentora mentora', owner)).toBe('personal');
    expect(passwordProblem('Shala grows tomatoes', owner)).toBeNull();
  });

  it('takes the last 7 digits of a phone login out, whatever prefix is typed', () => {
    expect(passwordProblem('+923001234567', { login: '03001234567', fullName: 'Abdul Ghani Jamot' })).toBe('personal');
  });
});

// Security probe B1: invisible characters, non-Latin digits and look-alike letters must not get a
// refused password past the rule.
describe(`${passwordProblem.name} against disguised passwords`, () => {
  const owner = { login: 'driton.shala@example.org', fullName: 'Driton Shala' };

  it('does not count invisible characters (zero-width, bidi marks, soft hyphen) as characters', () => {
    for (const c of ['\u200b', '\u200e', '\u202e', '\u00ad', '\u2060', '\ufeff'])
      expect(passwordProblem(c.repeat(8), owner)).toBe('too_short');
  });

  it('finds common passwords with invisible characters, non-Latin digits or look-alike letters', () => {
    for (const p of [
      '12345678\u200b',
      'password\u200b1',
      '۱۲۳۴۵۶۷۸',
      '١٢٣٤٥٦٧٨',
      'pаssword1',
      'ρassword1',
      'qwеrtyuiор',
    ])
      expect(passwordProblem(p, owner)).toBe('common');
  });

  it('finds the own name behind invisible characters and look-alike letters', () => {
    expect(passwordProblem('Dri\u200bton Shаla', owner)).toBe('personal');
  });

  it('still accepts Urdu, Cyrillic and Greek passphrases', () => {
    expect(passwordProblem('چائے اور کتاب', owner)).toBeNull();
    expect(passwordProblem('зелена трава', owner)).toBeNull();
    expect(passwordProblem('καλημέρα κόσμε', owner)).toBeNull();
  });

  it('never accepts a refused password because invisible characters were inserted (property)', () => {
    const invisible = fc.constantFrom(
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202e',
      '\u00ad',
      '\u2060',
      '\u2066',
      '\ufeff',
      '\u180e',
      '\u034f',
    );
    const refused = fc.constantFrom(
      '12345678',
      'password1',
      'iloveyou',
      'abc',
      'Driton Shala',
      'driton.shala77',
      'qwertyuiop',
    );
    fc.assert(
      fc.property(refused, fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 20 }), (password, inserts) => {
        const chars = [...password];
        for (const [at, c] of inserts) chars.splice(at % (chars.length + 1), 0, c);
        expect(passwordProblem(chars.join(''), owner)).not.toBeNull();
      }),
    );
  });
});

// Security probe B2: the own email and phone are personal words whatever the login is.
describe(`${passwordProblem.name} with the person's contacts`, () => {
  it('takes the email and phone of the person out, also when the login is the other one', () => {
    const byPhone = { login: '03457654321', fullName: 'Farzana Qambrani', email: 'farzana.q@probe.test', phone: null };
    expect(passwordProblem('farzana.q@probe.test', byPhone)).toBe('personal');
    expect(passwordProblem('Farzana.Q 1990', byPhone)).toBe('personal');
    const byEmail = {
      login: 'farzana.q@probe.test',
      fullName: 'Farzana Qambrani',
      email: null,
      phone: '0345-765 4321',
    };
    expect(passwordProblem('+92 345 7654321', byEmail)).toBe('personal');
  });

  it('takes the names of the program and of the school and units above it out', () => {
    const owner = { login: 'x@y.test', fullName: 'Driton Shala', places: ['Kosova Teacher Mentoring', 'Prishtina'] };
    expect(passwordProblem('Prishtina 2024', owner)).toBe('personal');
    expect(passwordProblem('mentoring kosova', owner)).toBe('personal');
    expect(passwordProblem('a quiet street in Prishtina', owner)).toBeNull();
  });
});
