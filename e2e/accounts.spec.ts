import { expect, test } from '@playwright/test';
import { demo, myProgramId, signIn, tr, uiText } from './helpers';

interface PersonRow {
  id: string;
  fullName: string;
  phone: string | null;
}

test('an admin creates a login and reads out an invite code; the teacher redeems it', async ({ page, browser }) => {
  await signIn(page, demo('program_admin').login);
  const t = await uiText(page);
  const programId = await myProgramId(page);
  const { items } = (await (await page.request.get('/api/persons', { params: { programId, limit: 200 } })).json()) as {
    items: PersonRow[];
  };
  let person: PersonRow | undefined;
  for (const p of items.filter((i) => i.phone)) {
    const detail = (await (await page.request.get(`/api/persons/${p.id}`)).json()) as { account: unknown };
    if (detail.account === null) {
      person = p;
      break;
    }
  }
  if (!person?.phone) throw new Error('no person with a phone and without a login in the demo data');

  await page.goto(`/people/${person.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.fullName);
  await expect(page.getByTestId('account-status')).toHaveText(t('account.none'));
  await page.getByRole('button', { name: t('account.create') }).click();
  await expect(page.getByTestId('account-status')).toHaveText(t('account.invited'));
  await page.getByRole('button', { name: t('account.issueInvite') }).click();
  const shown = page.getByTestId('account-code');
  await expect(shown).toHaveText(/^\d{4} \d{4}$/);
  const code = ((await shown.textContent()) ?? '').replace(/\s/g, '');

  // The teacher, on their own phone, uses "I have a code".
  const teacher = await browser.newPage();
  await teacher.goto('/');
  await teacher.getByRole('link', { name: tr('en', 'login.haveCode') }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'redeem.title'));
  await teacher.getByLabel(tr('en', 'login.login')).fill(person.phone);
  await teacher.getByLabel(tr('en', 'redeem.code')).fill(code);
  // A common password is refused next to its field, and the code stays usable (issue 6, defect 9).
  const newPassword = teacher.getByLabel(tr('en', 'password.new'), { exact: true });
  await newPassword.fill('12345678');
  await teacher.getByLabel(tr('en', 'password.confirm')).fill('12345678');
  await teacher.getByRole('button', { name: tr('en', 'redeem.submit') }).click();
  const problem = tr('en', 'password.problem.common');
  await expect(teacher.getByRole('alert')).toHaveText(problem);
  // …tied to that field: a screen reader reads the reason with it.
  await expect(newPassword).toHaveAttribute('aria-invalid', 'true');
  await expect(newPassword).toHaveAccessibleDescription(
    `${tr('en', 'password.rule', { count: 8 })} ${tr('en', 'password.ruleWords')} ${problem}`,
  );
  await newPassword.fill('a-new-secret-1');
  await teacher.getByLabel(tr('en', 'password.confirm')).fill('a-new-secret-1');
  await teacher.getByRole('button', { name: tr('en', 'redeem.submit') }).click();
  const lang = (await teacher.locator('html').getAttribute('lang')) ?? 'en';
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(
    tr(lang, 'home.welcome', { name: person.fullName }),
  );
  await teacher.close();

  await page.reload();
  await expect(page.getByTestId('account-status')).toHaveText(t('account.active'));
});
