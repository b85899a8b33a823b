import { expect, test } from '@playwright/test';
import { demo, editOwnProfileOffline, goOnline, saveProfile, signIn, signInAndSync, uiText } from './helpers';

// Issue 10, kind 5: "an online edit silently overwrites an offline one". An edit screen that shows
// server data must still send what it displayed as `base`, so the text it replaces is kept.
// The Kosovo teacher, not the mentor: offline.spec.ts counts the mentor's conflict copies.
const teacher = demo('teacher', 'Kosovo in-service mentoring');
const admin = demo('program_admin', 'Kosovo in-service mentoring');

test("an admin's edit from a page loaded before the teacher's offline edit arrived keeps the teacher's text", async ({
  page,
  browser,
}) => {
  const { t, me } = await signInAndSync(page, teacher.login);

  // The admin opens the teacher's profile for editing: the form shows the server's data.
  const adminContext = await browser.newContext();
  try {
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, admin.login);
    const ta = await uiText(adminPage);
    await adminPage.goto(`/people/${me.personId}`);
    await adminPage.getByRole('button', { name: ta('person.edit') }).click();
    await expect(adminPage.locator('#p-name')).toHaveValue(teacher.name);

    // Meanwhile the teacher, offline, shortens his name, comes back online, and it reaches the server.
    await editOwnProfileOffline(page, t, '#p-name', 'Arben G.');
    await goOnline(page);
    await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });

    // The admin saves the form still showing the old name: a later edit, from server data.
    const adminName = 'Arben Gashi-Krasniqi';
    await adminPage.locator('#p-name').fill(adminName);
    await adminPage.getByRole('button', { name: ta('common.save') }).click();
    await expect(adminPage.getByTestId('saved-note')).toHaveText(ta('common.saved'));

    // Server order wins, and the teacher's text is kept as a visible conflict copy, not lost.
    await page.reload();
    await page.locator('#main-nav a[href="/settings"]').click();
    await page.getByTestId('my-profile').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(adminName, { timeout: 20_000 });
    const copies = page.getByTestId('conflict-copies');
    await expect(copies).toContainText(t('conflict.replaced'));
    await expect(copies.locator('.kept-text')).toHaveText('Arben G.');
  } finally {
    await adminContext.close();
  }

  // Put the demo name back for the other specs.
  await page.getByRole('button', { name: t('person.edit') }).click();
  await page.locator('#p-name').fill(teacher.name);
  await saveProfile(page, t);
  // …and wait until it has reached the server: the next specs find the teacher by that name.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(teacher.name);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });
  const back = await page.request.get('/api/auth/me');
  expect((await back.json()).fullName).toBe(teacher.name);
});
