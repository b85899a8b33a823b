import { expect, test } from '@playwright/test';
import { demo, pageLocale, screenshotPath, signIn, tr } from './helpers';

test('a teacher switches to Urdu: the page turns right-to-left and mirrors', async ({ page }) => {
  const teacher = demo('teacher', 'PTMP Balochistan');
  await page.setViewportSize({ width: 1024, height: 768 });
  const width = 1024;
  await signIn(page, teacher.login);
  const original = await pageLocale(page);
  const settings = page.locator('#main-nav a[href="/settings"]');
  const home = page.locator('#main-nav a[href="/"]');
  const brand = page.getByTestId('brand');

  // Start from English (the demo PTMP teacher's account may already be in Urdu).
  await settings.click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'settings.title'));
  const ltrBrand = await brand.boundingBox();
  expect(ltrBrand?.x ?? width).toBeLessThan(width / 4);

  await page.getByRole('button', { name: 'اردو' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('ur', 'settings.title'));

  await home.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('ur', 'home.welcome', { name: teacher.name }));
  await expect(page.getByRole('heading', { level: 2, name: tr('ur', 'home.teacher.groups') })).toBeVisible();
  await expect(home).toHaveText(tr('ur', 'nav.home'));
  await expect(settings).toHaveText(tr('ur', 'nav.settings'));

  // The inline start is now the right edge: the brand sits right, the navigation to its left.
  const rtlBrand = await brand.boundingBox();
  const firstLink = await home.boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  const main = await page.locator('main').boundingBox();
  if (!rtlBrand || !firstLink || !heading || !main) throw new Error('layout boxes missing');
  expect(rtlBrand.x + rtlBrand.width).toBeGreaterThan(width * 0.9);
  expect(firstLink.x + firstLink.width).toBeLessThan(rtlBrand.x);
  // A start-aligned heading hugs the right side of the content column.
  expect(Math.abs(main.x + main.width - (heading.x + heading.width))).toBeLessThan(24);
  expect(heading.x).toBeGreaterThan(main.x);

  await page.screenshot({ path: screenshotPath('home-urdu.png'), fullPage: true });

  // The choice is kept on the account: signing in again on a fresh device comes back in Urdu.
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await signIn(page, teacher.login);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // Leave the demo account as it was for the other specs.
  if (original !== 'ur') {
    await settings.click();
    await page.locator(`fieldset.languages button[lang="${original}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', original);
  }
});
