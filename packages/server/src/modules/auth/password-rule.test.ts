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
