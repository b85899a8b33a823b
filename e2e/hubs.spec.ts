import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demo, pageLocale, screenshotPath, signInAndSync, tr } from './helpers';

// Issue 8, point 8: the mentor's path "my groups → a mentee → needs, plan, observations, portfolio
// timeline, what is due" and the teacher's "my plan, my observations, my portfolio, observe my
// mentor", at 360 px. The Kosovo pair: the mentor sets up an overdue action, a cycle and a one-to-one.
const mentor = demo('mentor', 'Kosovo in-service mentoring');
const teacher = demo('teacher', 'Kosovo in-service mentoring');
const ACTION = 'Fletëdalje pas çdo ore';
const MEETING = 'Biseda për fletëdaljet';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Switch the account's language in Settings, reopen `url`, wait for its h1 (`heading`) and run axe. */
async function axeIn(page: Page, locale: 'en' | 'ur', url: string, heading: (l: string) => string) {
  await page.goto('/settings');
  await page.locator(`fieldset.languages button[lang="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(locale));
  await expect(page.getByTestId('due-list')).toBeVisible();
  expect(await seriousViolations(page), locale).toEqual([]);
}

async function restoreLocale(page: Page, locale: string) {
  await page.goto('/settings');
  await page.locator(`fieldset.languages button[lang="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Tomorrow at 10:00 on the phone, as a `datetime-local` value. */
function tomorrowAtTen(): string {
  const d = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

test('hubs: the mentor opens a mentee from home and sees what is due; the teacher sees what is due for them', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 780 });
  const { t } = await signInAndSync(page, mentor.login, { offline: false });
  const mentorLocale = await pageLocale(page);
  const synced = () => expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });

  // An overdue action in the teacher's plan (a need, a goal, an action due long ago).
  await page.getByRole('link', { name: t('plans.planOf', { name: teacher.name }) }).click();
  await page.locator('#need-area').selectOption('assessment');
  await page.locator('#need-description').fill('Kontrolli i të kuptuarit në fund të orës');
  await page.getByRole('button', { name: t('plans.need.save') }).click();
  await page.locator('#goal-title').fill('Fletëdalje në çdo orë');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: t('plans.goal.save') }).click();
  const goal = page.getByTestId('goal').filter({ hasText: 'Fletëdalje në çdo orë' });
  await goal.getByText(t('plans.action.add')).first().click();
  const form = goal.getByRole('form', { name: t('plans.action.add') });
  await form.getByLabel(t('plans.action.title')).fill(ACTION);
  await form.getByLabel(t('plans.action.due')).fill('2021-02-15');
  await form.getByRole('button', { name: t('plans.action.add') }).click();
  await expect(goal.getByTestId('action')).toContainText(ACTION);

  // A cycle: the mentor will observe the teacher; the pre-observation conference is next, for both.
  await page.goto('/observations/new');
  await page.locator('#obs-colleague').selectOption({ label: `${teacher.name} (${t('memberRole.mentee')})` });
  await page.getByRole('button', { name: t('observations.schedule') }).click();
  await expect(page.getByTestId('due-next')).toBeVisible();

  // A one-to-one tomorrow, from the group page; a mentee's name there opens the mentee page.
  await page.goto('/');
  await page.getByTestId('my-groups').getByRole('link').first().click();
  await expect(page.getByRole('link', { name: teacher.name, exact: true })).toHaveAttribute(
    'href',
    /^\/mentees\/[0-9a-f-]+$/,
  );
  await page.goto(`${page.url()}/meetings/new`);
  await page.locator('input[name="meeting-kind"][value="one_to_one"]').check();
  await page.locator('#meeting-mentee').selectOption({ label: teacher.name });
  await page.locator('#meeting-title').fill(MEETING);
  await page.locator('#meeting-when').fill(tomorrowAtTen());
  await page.locator('#meeting-minutes').fill('45');
  await page.getByRole('button', { name: t('meetings.schedule') }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]+$/);
  await synced();

  // Home → the mentee: their name and group, what is due, then the plan, observations and portfolio.
  await page.goto('/');
  await page.getByRole('link', { name: teacher.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(teacher.name);
  await expect(page.getByTestId('hub-groups').getByRole('link').first()).toBeVisible();
  const due = page.getByTestId('due-list');
  const action = due.locator('[data-kind="action"]').filter({ hasText: ACTION });
  await expect(action.locator('.overdue')).toHaveText(t('plans.action.overdue'));
  const cycle = due.locator('[data-kind="observation"]').first();
  await expect(cycle).toContainText(
    t('hubs.due.cycle', { step: t('observations.due.agree_focus'), observed: teacher.name }),
  );
  await expect(due.locator('[data-kind="meeting"]')).toContainText(MEETING);
  await expect(page.getByRole('heading', { level: 2, name: t('hubs.mentee.plan') })).toBeVisible();
  await expect(page.getByTestId('hub-observations')).toContainText(t('hubs.mentee.observedBy', { name: mentor.name }));
  await expect(page.getByRole('heading', { level: 2, name: t('hubs.mentee.portfolio') })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: screenshotPath('mentee-hub.png'), fullPage: true });
  await page.getByRole('link', { name: t('hubs.mentee.openPlan') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('plans.menteeTitle', { name: teacher.name }));

  const hubUrl = page.url().replace(/\/plan$/, '');
  await axeIn(page, 'en', hubUrl, () => teacher.name);
  await axeIn(page, 'ur', hubUrl, () => teacher.name);
  await restoreLocale(page, mentorLocale);

  // The teacher's home: what is due for them, and their path.
  const teacherContext = await browser.newContext({ viewport: { width: 360, height: 780 } });
  try {
    const tp = await teacherContext.newPage();
    const { t: tt } = await signInAndSync(tp, teacher.login, { offline: false });
    const teacherLocale = await pageLocale(tp);
    await expect(tp.getByRole('heading', { level: 2, name: tt('hubs.teacher.due') })).toBeVisible();
    const mine = tp.getByTestId('due-list');
    await expect(mine.locator('[data-kind="action"]').filter({ hasText: ACTION }).locator('.overdue')).toHaveText(
      tt('plans.action.overdue'),
    );
    await expect(mine.locator('[data-kind="observation"]').first()).toContainText(tt('hubs.due.you'));
    await expect(mine.locator('[data-kind="meeting"]')).toContainText(MEETING);
    const links = tp.getByTestId('teacher-links');
    for (const key of ['plans.myTitle', 'hubs.teacher.observations', 'hubs.teacher.portfolio']) {
      await expect(links.getByRole('link', { name: tt(key) })).toBeVisible();
    }
    expect(await tp.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await tp.screenshot({ path: screenshotPath('teacher-due.png'), fullPage: true });

    // "Observe my mentor": the schedule form opens with the mentor chosen and the teacher observing.
    await links.getByRole('link', { name: tt('hubs.teacher.observeMentor') }).click();
    await expect(tp.getByRole('heading', { level: 1 })).toHaveText(tt('observations.scheduleTitle'));
    await expect(tp.locator('#obs-colleague option:checked')).toHaveText(`${mentor.name} (${tt('memberRole.mentor')})`);
    await expect(tp.locator('input[name="obs-side"][value="observe"]')).toBeChecked();
    await tp.goBack();
    await links.getByRole('link', { name: tt('hubs.teacher.inviteMentor') }).click();
    await expect(tp.locator('input[name="obs-side"][value="invite"]')).toBeChecked();

    await axeIn(tp, 'en', '/', () => tr('en', 'home.welcome', { name: teacher.name }));
    await axeIn(tp, 'ur', '/', () => tr('ur', 'home.welcome', { name: teacher.name }));
    await restoreLocale(tp, teacherLocale);
  } finally {
    await teacherContext.close();
  }
});
