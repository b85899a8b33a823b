import { expect, type Page, test } from '@playwright/test';
import { demo, signIn } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('at 360 px the login page does not scroll sideways', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#login-id')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

for (const role of ['program_admin', 'district_officer', 'mentor', 'teacher'] as const) {
  test(`at 360 px the ${role} home page does not scroll sideways and the navigation folds`, async ({ page }) => {
    await signIn(page, demo(role).login);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The navigation hides behind the menu button and opens with a tap.
    const nav = page.locator('#main-nav');
    await expect(nav).toBeHidden();
    const menu = page.locator('button[aria-controls="main-nav"]');
    const box = await menu.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await menu.tap();
    await expect(nav).toBeVisible();
    await expect(nav.locator('a[href="/settings"]')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}
