import { expect, test } from '@playwright/test';
import { tr } from './helpers';

// Serbian in two scripts: the picker offers both, the choice stays, and a phone set to Latin
// Serbian opens the app in Latin letters before anyone signs in.
test('the login page switches between Serbian Cyrillic and Latin and keeps the choice', async ({ page }) => {
  await page.goto('/');
  const title = page.getByRole('heading', { level: 1 });
  await page.getByRole('button', { name: 'Srpski (latinica)' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
  await expect(title).toHaveText(tr('sr-Latn', 'login.title'));
  await expect(page.getByText(tr('sr-Latn', 'login.loginHelp'))).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
  await expect(title).toHaveText(tr('sr-Latn', 'login.title'));

  await page.getByRole('button', { name: 'Српски (ћирилица)' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr');
  await expect(title).toHaveText(tr('sr', 'login.title'));
});

test.describe('a phone set to Serbian (Latin, Serbia)', () => {
  test.use({ locale: 'sr-Latn-RS' });
  test('opens the app in Latin letters', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('sr-Latn', 'login.title'));
  });
});

test.describe('a phone set to Serbian (Serbia)', () => {
  test.use({ locale: 'sr-RS' });
  test('opens the app in Cyrillic', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('sr', 'login.title'));
  });
});
