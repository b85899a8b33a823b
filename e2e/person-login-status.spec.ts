import { expect, test } from '@playwright/test';
import { demo, signIn, uiText, whoAmI } from './helpers';

// Arben Gashi, the Kosovo demo teacher, has a login and uses it; his mentor opened his page and
// read "No login yet". The mentor may not see logins, so the page claims no login state to them;
// the program admin, who may, reads the true one.
const teacher = demo('teacher', 'Kosovo in-service mentoring');

test("a teacher's page claims no login state to the mentor and shows the true one to the admin", async ({
  browser,
}) => {
  const teacherContext = await browser.newContext();
  const tp = await teacherContext.newPage();
  await signIn(tp, teacher.login);
  const { personId } = await whoAmI(tp);
  await teacherContext.close();

  for (const [role, status] of [
    ['mentor', null],
    ['program_admin', 'account.active'],
  ] as const) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signIn(page, demo(role, 'Kosovo in-service mentoring').login);
      const t = await uiText(page);
      await page.goto(`/people/${personId}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(teacher.name);
      await expect(page.getByRole('heading', { name: t('person.roles') })).toBeVisible();
      if (status) await expect(page.getByTestId('account-status')).toHaveText(t(status));
      else {
        await expect(page.getByRole('heading', { name: t('person.groups') })).toBeVisible();
        await expect(page.getByTestId('account-status')).toHaveCount(0);
        await expect(page.locator('main')).not.toContainText(t('account.none'));
      }
    } finally {
      await context.close();
    }
  }
});
