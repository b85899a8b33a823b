import { expect, test } from '@playwright/test';
import { DEMO_LOGINS, type DemoLogin, signIn, tr, whoAmI } from './helpers';

/** The section heading only that role's home page shows. */
const ROLE_HEADING: Record<DemoLogin['role'], string> = {
  program_admin: 'home.admin.title',
  district_officer: 'home.officer.title',
  head_teacher: 'home.head.title',
  mentor: 'home.mentor.groups',
  teacher: 'home.teacher.groups',
  researcher: 'home.researcher.title',
  system_admin: 'home.sysadmin.title',
};

test.describe('every demo login reaches its home page', () => {
  for (const demo of DEMO_LOGINS) {
    test(`${demo.role} (${demo.program ?? 'deployment'}) ${demo.login}`, async ({ page }) => {
      const crashes: string[] = [];
      page.on('pageerror', (e) => crashes.push(e.message));
      await signIn(page, demo.login);
      // The app switches to the language saved on the account (PTMP teachers: Urdu, Kosovo: Albanian).
      const { locale } = await whoAmI(page);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr(locale, 'home.welcome', { name: demo.name }));
      await expect(page.getByRole('heading', { level: 2, name: tr(locale, ROLE_HEADING[demo.role]) })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(crashes).toEqual([]);
    });
  }
});
