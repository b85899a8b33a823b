// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { initI18n, t } from '../../i18n';
import en from '../../i18n/en.json';
import sq from '../../i18n/sq.json';
import sr from '../../i18n/sr.json';
import ur from '../../i18n/ur.json';
import { mount } from '../../ui/test-dom';
import { AuthError } from './auth-errors';

const wrong = new ApiError(401, 'unauthenticated', 'Wrong login or code, or the code has expired', []);

// Security probe B9: a wrong invite code said "the password is not right, or your session has ended".
describe(AuthError.name, () => {
  beforeAll(() => initI18n());

  it('on the code page, says the login or the code is wrong or the code has expired', async () => {
    const root = await mount(<AuthError error={wrong} wrong={t('redeem.wrongCode')} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(t('redeem.wrongCode'));
    expect(root.textContent).not.toContain(t('error.unauthenticated'));
  });

  it('on the sign-in page, still says the login or the password is wrong', async () => {
    const root = await mount(<AuthError error={wrong} />);
    expect(root.textContent).toContain(t('error.unauthenticated'));
  });

  it('has the code message in every language, different from the password message', () => {
    for (const file of [en, ur, sq, sr]) {
      expect(file.redeem.wrongCode).toBeTruthy();
      expect(file.redeem.wrongCode).not.toBe(file.error.unauthenticated);
    }
  });
});
