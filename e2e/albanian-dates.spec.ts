import { expect, test } from '@playwright/test';
import { demo, signInAndSync, tr } from './helpers';

// Debian's Chromium has no CLDR data for Albanian, so Intl formats "Dec 1, 2026" and "now" there;
// the app formats from its own locale files instead, and an Albanian screen has no English date.
const ENGLISH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\bnow\b|\bago\b|\byesterday\b/;
const ALBANIAN_MONTH = /\b(janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor)\b/;

test('an Albanian screen shows Albanian dates and times, also in a browser without Albanian data', async ({ page }) => {
  const mentor = demo('mentor', 'Kosovo in-service mentoring');
  const { t } = await signInAndSync(page, mentor.login, { offline: false });
  await expect(page.getByTestId('sync-last')).toHaveText(t('sync.lastSynced', { when: tr('sq', 'format.now') }));
  // The mentor's group: its members table shows start dates.
  await page.goto('/groups');
  await page.locator('main a[href^="/groups/"]').first().click();
  const main = page.locator('main');
  await expect(main.getByRole('table')).toContainText(ALBANIAN_MONTH);
  expect(await main.innerText()).not.toMatch(ENGLISH);
});
