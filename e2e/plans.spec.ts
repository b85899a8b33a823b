import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demo, goOffline, goOnline, screenshotPath, signIn, signInAndSync, tr, whoAmI } from './helpers';

// Issue 8, points 1–2: the Kosovo mentor agrees a need and an action plan with a mentee, partly with
// no network; the teacher sees the plan, the overdue action marked, and reviews it; the school's
// director reads none of it.
const mentor = demo('mentor', 'Kosovo in-service mentoring');
const teacher = demo('teacher', 'Kosovo in-service mentoring');
const director = demo('head_teacher', 'Kosovo in-service mentoring');

test('plans: a mentor records a need, a goal and an overdue action offline; the teacher reviews it; the director reads nothing', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const { t } = await signInAndSync(page, mentor.login);
  await page.getByRole('link', { name: t('plans.planOf', { name: teacher.name }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('plans.menteeTitle', { name: teacher.name }));

  await goOffline(page, t);
  await page.locator('#need-area').selectOption('assessment');
  await page.locator('#need-level').selectOption('specific');
  await page.locator('#need-description').fill('Pyetje që kontrollojnë të kuptuarit gjatë orës');
  await page.getByRole('button', { name: t('plans.need.save') }).click();
  await expect(page.getByTestId('need')).toContainText('Pyetje që kontrollojnë të kuptuarit');

  await page.locator('#goal-title').fill('Fletëdalje në çdo orë matematike');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: t('plans.goal.save') }).click();
  const goal = page.getByTestId('goal');
  await expect(goal).toContainText('Fletëdalje në çdo orë matematike');

  await goal.getByText(t('plans.action.add')).first().click();
  const form = goal.getByRole('form', { name: t('plans.action.add') });
  await form.getByLabel(t('plans.action.title')).fill('Përgatisim një test së bashku');
  await form.getByLabel(t('plans.action.due')).fill('2020-09-15');
  await form.getByRole('button', { name: t('plans.action.add') }).click();
  const action = goal.getByTestId('action');
  await expect(action).toContainText('Përgatisim një test së bashku');
  await expect(action).toHaveAttribute('data-overdue', 'true');
  await expect(page.getByTestId('sync-pending')).toHaveText(t('sync.pending', { count: 3, n: '3' }));
  await page.screenshot({ path: screenshotPath('plan-mentor-offline.png'), fullPage: true });
  // Phone-first: nothing scrolls sideways at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await goOnline(page);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 20_000 });

  const teacherContext = await browser.newContext({ viewport: { width: 360, height: 780 } });
  try {
    const tp = await teacherContext.newPage();
    const { t: tt, me } = await signInAndSync(tp, teacher.login, { offline: false });
    await tp.getByRole('link', { name: tt('plans.myTitle') }).click();
    await expect(tp.getByTestId('overdue-count')).toHaveText(tt('plans.overdueCount', { count: 1, n: '1' }));
    // Found by its text: the pair's plan holds other actions too (the mentoring-cycle spec's next step).
    const mine = tp.getByTestId('action').filter({ hasText: 'Përgatisim një test së bashku' });
    await expect(mine).toHaveCount(1);
    await expect(mine.locator('.overdue')).toHaveText(tt('plans.action.overdue'));
    await mine.getByText(tt('plans.review.add')).click();
    await mine.getByLabel(tt('plans.review.text')).fill('E përgatitëm testin; e provuam në klasën 7B.');
    await mine.getByRole('button', { name: tt('plans.review.save') }).click();
    await expect(mine.getByTestId('review')).toContainText('E përgatitëm testin');
    await mine.getByLabel(tt('plans.action.status')).selectOption('done');
    await expect(tp.getByTestId('overdue-count')).toHaveCount(0);
    await tp.screenshot({ path: screenshotPath('plan-teacher.png'), fullPage: true });

    // The director of the school is an official: the plan is not there for them.
    const directorContext = await browser.newContext();
    try {
      const dp = await directorContext.newPage();
      await signIn(dp, director.login);
      expect((await dp.request.get(`/api/persons/${me.personId}/plan`)).status()).toBe(404);
      expect((await whoAmI(dp)).personId).not.toBe(me.personId);
    } finally {
      await directorContext.close();
    }
  } finally {
    await teacherContext.close();
  }
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('plans: a mentee’s plan has no serious accessibility violations, in Urdu and in English', async ({ page }) => {
  const ptmpMentor = demo('mentor');
  const ptmpTeacher = demo('teacher');
  const { t } = await signInAndSync(page, ptmpMentor.login, { offline: false });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: t('plans.planOf', { name: ptmpTeacher.name }) }).click();
  await page.locator('#need-area').selectOption('classroom-management');
  await page.locator('#need-description').fill('بڑی جماعت میں گروپ ورک کے معمولات');
  await page.getByRole('button', { name: t('plans.need.save') }).click();
  await expect(page.getByTestId('need')).toContainText('گروپ ورک');
  const url = page.url();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('plan-mentor-ur.png'), fullPage: true });

  await page.goto('/settings');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    tr('en', 'plans.menteeTitle', { name: ptmpTeacher.name }),
  );
  await expect(page.getByTestId('need')).toContainText(tr('en', 'plans.source.meeting'));
  expect(await seriousViolations(page)).toEqual([]);
});
