import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  demo,
  editOwnProfileOffline,
  firstSync,
  goOffline,
  goOnline,
  openOwnProfileForm,
  root,
  saveProfile,
  screenshotPath,
  signIn,
  signInAndSync,
  submitLogin,
  uiText,
  whoAmI,
} from './helpers';

// ARCHITECTURE §5 and issue 3: a mentor works for days without a network; nothing typed is lost.
const mentor = demo('mentor', 'Kosovo in-service mentoring');
const admin = demo('program_admin', 'Kosovo in-service mentoring');
const teacher = demo('teacher', 'Kosovo in-service mentoring');

interface PersonAnswer {
  person: { subjects: string[]; grades: string[]; phone: string | null };
}

async function personAs(page: Page, personId: string): Promise<PersonAnswer['person']> {
  const res = await page.request.get(`/api/persons/${personId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as PersonAnswer).person;
}

test('offline: the app opens from the phone, an edit waits, then reaches the server and another user', async ({
  page,
  browser,
}) => {
  const { t, me } = await signInAndSync(page, mentor.login);
  const myGroups = page.getByRole('region', { name: t('home.mentor.groups') }).getByTestId('my-groups');
  const groups = myGroups.getByRole('link');
  await expect(groups.first()).toBeVisible();
  const groupName = (await groups.first().textContent()) ?? '';
  expect(groupName).not.toBe('');

  // (a) No network at all: a reload still opens the app, as this mentor, with their group.
  await goOffline(page, t);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.welcome', { name: mentor.name }));
  await expect(myGroups).toContainText(groupName);
  await expect(page.getByTestId('sync-state')).toHaveText(t('sync.offline'));
  await page.screenshot({ path: screenshotPath('offline-home.png'), fullPage: true });
  // The group opens from the local store too.
  await groups.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(groupName);
  // A screen over the whole program says it needs a connection instead of failing.
  await page.locator('#main-nav a[href="/people"]').click();
  await expect(page.getByTestId('needs-connection')).toBeVisible();

  // (b) Offline, the mentor adds a subject to their own profile: saved on the phone, 1 pending.
  await openOwnProfileForm(page, t);
  const subjects = page.locator('#p-subjects');
  const typed = `${await subjects.inputValue()}, Astronomy`.replace(/^, /, '');
  await subjects.fill(typed);
  await saveProfile(page, t);
  await expect(page.getByTestId('saved-note')).toHaveText(t('common.savedLocal'));
  await expect(page.getByTestId('sync-pending')).toHaveText(t('sync.pending', { count: 1, n: '1' }));
  await expect(page.locator('main')).toContainText('Astronomy');
  await expect(page.getByTestId('pending-changes')).toBeVisible();

  // Still offline, a reload keeps the change (it lives in IndexedDB, not in memory).
  await page.reload();
  await expect(page.getByTestId('sync-pending')).toHaveText(t('sync.pending', { count: 1, n: '1' }));
  await expect(page.locator('main')).toContainText('Astronomy');

  // Back online: the outbox empties and the server has the change.
  await goOnline(page);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('sync-state')).toHaveText(t('sync.online'));
  expect((await personAs(page, me.personId)).subjects).toContain('Astronomy');

  // (c) The program admin, on another device, sees the changed value.
  const adminContext = await browser.newContext();
  try {
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, admin.login);
    await adminPage.goto(`/people/${me.personId}`);
    await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(mentor.name);
    await expect(adminPage.locator('main')).toContainText('Astronomy');
  } finally {
    await adminContext.close();
  }
});

test('a change the server refuses shows with its reason; Fix reopens what was typed; Discard removes it', async ({
  page,
}) => {
  const { t, me } = await signInAndSync(page, mentor.login);
  const phoneBefore = (await personAs(page, me.personId)).phone;

  // Offline, a phone number the server will refuse (7–15 digits; the form does not check it).
  await editOwnProfileOffline(page, t, '#p-phone', '12');

  await goOnline(page);
  const refusedLink = page.getByTestId('sync-rejected');
  await expect(refusedLink).toHaveText(t('sync.rejected', { count: 1, n: '1' }), { timeout: 20_000 });
  await expect(page.getByTestId('sync-pending')).toHaveCount(0);
  // The refused value is not shown as if it were saved.
  await expect(page.locator('main')).not.toContainText(/\b12\b/);

  await refusedLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('changes.title'));
  const refused = page.getByTestId('refused-change');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText(t('change.person.update'));
  await expect(refused).toContainText(t('error.validation_failed'));
  await expect(refused.locator('dd')).toHaveText(['12']);
  await page.screenshot({ path: screenshotPath('changes-not-accepted.png'), fullPage: true });

  // Fix opens the profile form with what was typed; cancelling keeps the refused change.
  await refused.getByRole('link', { name: t('changes.fix') }).click();
  await expect(page.locator('#p-phone')).toHaveValue('12');
  await page.getByRole('button', { name: t('common.cancel') }).click();
  await refusedLink.click();

  page.once('dialog', (d) => d.accept());
  await page
    .getByTestId('refused-change')
    .getByRole('button', { name: t('changes.discard') })
    .click();
  await expect(page.getByText(t('changes.none'))).toBeVisible();
  await expect(refusedLink).toHaveCount(0);
  expect((await personAs(page, me.personId)).phone).toBe(phoneBefore);
});

test('a session that ends keeps the outbox; another user gets their own data; the same user sends it', async ({
  page,
  context,
}) => {
  const first = await signInAndSync(page, mentor.login);
  const me = first.me;
  let t = first.t;

  await editOwnProfileOffline(page, t, '#p-grades', '10, 11, 12');

  // The session ends while the phone is offline; back online, nothing is pushed: log in first.
  await context.clearCookies();
  await goOnline(page);
  await expect(page.locator('#login-id')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('session-ended')).toHaveText(t('sync.sessionEnded', { count: 1, n: '1' }));

  // A colleague signs in on this phone: their own database, never the mentor's outbox.
  await submitLogin(page, teacher.login);
  t = await uiText(page);
  await firstSync(page, t);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0);
  const teacherMe = await whoAmI(page);
  const databases = async () =>
    page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('mentora-')),
    );
  expect(await databases()).toEqual(expect.arrayContaining([`mentora-${me.userId}`, `mentora-${teacherMe.userId}`]));
  // The mentor's change did not go up with the teacher's session (the teacher may read their mentor).
  expect((await personAs(page, me.personId)).grades).not.toEqual(['10', '11', '12']);
  // The teacher signs out erasing their data (checked by default: nothing of theirs waits).
  await page.locator('#main-nav a[href="/settings"]').click();
  const erase = page.getByLabel(t('logout.erase'));
  await expect(erase).toBeChecked();
  await page.getByRole('button', { name: t('settings.signOut') }).click();
  await expect(page.locator('#login-id')).toBeVisible();
  await expect.poll(databases).not.toContain(`mentora-${teacherMe.userId}`);
  expect(await databases()).toContain(`mentora-${me.userId}`);

  // The mentor signs in again: the change made before the session ended goes up.
  await signIn(page, mentor.login);
  t = await uiText(page);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });
  expect((await personAs(page, me.personId)).grades).toEqual(['10', '11', '12']);

  // With a change waiting, signing out warns and keeps it unless the user chooses to erase.
  await goOffline(page, t);
  await openOwnProfileForm(page, t);
  await page.locator('#p-grades').fill('10, 11');
  await saveProfile(page, t);
  await page.locator('#main-nav a[href="/settings"]').click();
  await expect(page.getByLabel(t('logout.erase'))).not.toBeChecked();
  await expect(page.getByTestId('logout-pending')).toHaveText(t('logout.pendingKept', { count: 1, n: '1' }));
  await page.getByLabel(t('logout.erase')).check();
  await expect(page.getByTestId('logout-pending')).toHaveText(t('logout.pendingLost', { count: 1, n: '1' }));
  await page.getByLabel(t('logout.erase')).uncheck();
  await goOnline(page);
});

test('a new version shows "A new version is available — Reload" and reloading takes it', async ({ page }) => {
  const { t } = await signInAndSync(page, mentor.login);
  await expect(page.getByTestId('update-banner')).toHaveCount(0);
  // A new deployment: the server now serves a service worker script with different bytes.
  const swPath = join(root, 'packages/web/dist/sw.js');
  const original = readFileSync(swPath, 'utf8');
  try {
    writeFileSync(swPath, `${original}\n// next version\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByTestId('update-banner');
    await expect(banner).toContainText(t('update.available'), { timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: t('update.reload') }).click()]);
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.welcome', { name: mentor.name }));
    // The new service worker now controls the page.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  } finally {
    writeFileSync(swPath, original);
  }
});

test('a test photo is resized on the phone, queued, and uploaded in chunks', async ({ page }) => {
  const { t } = await signInAndSync(page, mentor.login, { offline: false });
  await page.locator('#main-nav a[href="/settings"]').click();
  // A 512 × 512 PNG: the phone turns it into a JPEG (photos go up as JPEG, longest side ≤ 1600 px).
  await page.getByLabel(t('upload.choose')).setInputFiles(join(root, 'packages/web/public/icon-512.png'));
  const row = page.getByTestId('upload-row').first();
  await expect(row).toContainText('icon-512.jpg');
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const id = await row.getAttribute('data-id');
  const content = await page.request.get(`/api/uploads/${id}/content`);
  expect(content.status()).toBe(200);
  expect(content.headers()['content-type']).toContain('image/jpeg');
  expect((await content.body()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
});

test('two devices edit the same name: the later edit wins and the other text stays visible to copy', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { t, me } = await signInAndSync(page, mentor.login);

  // The mentor, offline, shortens her name.
  await editOwnProfileOffline(page, t, '#p-name', 'Mimoza K.');

  // Meanwhile the program admin corrects the same name on another device.
  const adminContext = await browser.newContext();
  const adminName = 'Mimoza Krasniqi-Berisha';
  try {
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, admin.login);
    const ta = await uiText(adminPage);
    await adminPage.goto(`/people/${me.personId}`);
    await adminPage.getByRole('button', { name: ta('person.edit') }).click();
    await adminPage.locator('#p-name').fill(adminName);
    await adminPage.getByRole('button', { name: ta('common.save') }).click();
    await expect(adminPage.getByTestId('saved-note')).toHaveText(ta('common.saved'));
  } finally {
    await adminContext.close();
  }

  // Back online the mentor's later edit wins; the admin's text is kept as a visible conflict copy.
  await goOnline(page);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mimoza K.');
  const copies = page.getByTestId('conflict-copies');
  await expect(copies).toContainText(t('conflict.replaced'));
  await expect(copies.locator('.kept-text')).toHaveText(adminName);
  await copies.getByRole('button', { name: t('conflict.copy') }).click();
  await expect(copies.getByText(t('conflict.copied'))).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(adminName);

  // Put the demo name back for the other specs.
  await page.getByRole('button', { name: t('person.edit') }).click();
  await page.locator('#p-name').fill(mentor.name);
  await saveProfile(page, t);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mentor.name);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });
});
