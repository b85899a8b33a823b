import { expect, type Page, test } from '@playwright/test';
import { demo, signIn, uiText } from './helpers';

type Text = Awaited<ReturnType<typeof uiText>>;

/** Opens the first group of the list and waits for its page. */
async function openFirstGroup(page: Page): Promise<void> {
  await page.locator('#main-nav a[href="/groups"]').click();
  const first = page.locator('main a[href^="/groups/"]:not([href="/groups/new"])').first();
  await expect(first).toBeVisible();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

async function openOwnProfileForm(page: Page, t: Text): Promise<void> {
  await page.locator('#main-nav a[href="/settings"]').click();
  await page.getByTestId('my-profile').click();
  await page.getByRole('button', { name: t('person.edit') }).click();
  await expect(page.getByTestId('profile-form')).toBeVisible();
}

// ARCHITECTURE §3: the web app hides what core's `can()` refuses, with the actor from /api/auth/me.
test('a district officer browses groups but is offered no import, no new group and no group edit', async ({ page }) => {
  await signIn(page, demo('district_officer').login);
  const t = await uiText(page);
  await expect(page.locator('#main-nav a[href="/groups"]')).toBeAttached();
  await expect(page.locator('#main-nav a[href="/import"]')).toHaveCount(0);
  await openFirstGroup(page);
  await expect(page.getByRole('link', { name: t('groups.edit') })).toHaveCount(0);
  await page.locator('#main-nav a[href="/groups"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('groups.title'));
  await expect(page.getByRole('link', { name: t('groups.new') })).toHaveCount(0);
});

test('a program admin is offered import, new group, group edit and every field of their own profile', async ({
  page,
}) => {
  await signIn(page, demo('program_admin').login);
  const t = await uiText(page);
  await expect(page.locator('#main-nav a[href="/import"]')).toBeAttached();
  await openFirstGroup(page);
  await expect(page.getByRole('link', { name: t('groups.edit') })).toBeVisible();
  await page.locator('#main-nav a[href="/groups"]').click();
  await expect(page.getByRole('link', { name: t('groups.new') })).toBeVisible();
  await openOwnProfileForm(page, t);
  await expect(page.locator('#p-gender')).toBeVisible();
  await expect(page.locator('#p-years')).toBeVisible();
});

test("a mentor's own profile form offers name and contacts, not the program's record of them", async ({ page }) => {
  await signIn(page, demo('mentor').login);
  const t = await uiText(page);
  await openOwnProfileForm(page, t);
  await expect(page.locator('#p-name')).toBeVisible();
  await expect(page.locator('#p-phone')).toBeVisible();
  await expect(page.locator('#p-gender')).toHaveCount(0);
  await expect(page.locator('#p-years')).toHaveCount(0);
  await expect(page.locator('#p-emis')).toHaveCount(0);
});
