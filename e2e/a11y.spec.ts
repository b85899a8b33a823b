import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demo, screenshotPath, signIn, tr } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('the login page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#login-id')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('login-en.png'), fullPage: true });
});

test('the login page in Urdu has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'اردو' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await seriousViolations(page)).toEqual([]);
});

test('home pages have no serious accessibility violations', async ({ page }) => {
  for (const role of ['program_admin', 'district_officer', 'teacher'] as const) {
    await page.context().clearCookies();
    await signIn(page, demo(role).login);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), role).toEqual([]);
  }
});

test('a form showing a field error, in Urdu, has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'اردو' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: tr('ur', 'login.haveCode') }).click();
  const confirm = page.getByLabel(tr('ur', 'password.confirm'), { exact: true });
  await page.getByLabel(tr('ur', 'password.new'), { exact: true }).fill('a-new-secret-1');
  await confirm.fill('a-new-secret-2');
  await page.getByLabel(tr('ur', 'login.login')).fill('03001234567');
  await page.getByLabel(tr('ur', 'redeem.code')).fill('12345678');
  await page.getByRole('button', { name: tr('ur', 'redeem.submit') }).click();
  // The two passwords differ: said at the second field, and read out with it.
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toHaveAccessibleDescription(tr('ur', 'password.mismatch'));
  // A login reads left to right on the right-to-left page.
  await expect(page.getByLabel(tr('ur', 'login.login'))).toHaveAttribute('dir', 'ltr');
  expect(await seriousViolations(page)).toEqual([]);
});
