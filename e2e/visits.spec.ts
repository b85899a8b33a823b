import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { demo, signIn, signInAndSync, type Text, tr } from './helpers';

// Issue 9: the mentor plans and records a school follow-up visit on a phone, the head teacher of
// the school acknowledges it with a comment, the program admin sees the mentors' team. Every screen
// passes axe (no serious or critical WCAG 2.1 A/AA violation) in Urdu and in English, at 360 px.
const mentor = demo('mentor');
const head = demo('head_teacher');
const admin = demo('program_admin');
const PHONE = { width: 360, height: 780 };

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function switchTo(page: Page, locale: 'en' | 'ur'): Promise<Text> {
  await page.goto('/settings');
  await page.getByRole('button', { name: locale === 'en' ? 'English' : 'اردو' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  return (key, vars) => tr(locale, key, vars);
}

type Check = { url: string; ready: (page: Page, t: Text) => Promise<void> };

/** Each screen in Urdu, then in English; the account is left in its own language (`home`) as other specs expect. */
async function axeBothLanguages(page: Page, checks: Check[], home: 'en' | 'ur' = 'ur') {
  for (const locale of ['ur', 'en'] as const) {
    const t = await switchTo(page, locale);
    for (const c of checks) {
      await page.goto(c.url);
      await c.ready(page, t);
      expect(await seriousViolations(page), `${c.url} in ${locale}`).toEqual([]);
    }
  }
  await switchTo(page, home);
}

async function headSchool(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, head.login);
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    roles: { role: string; orgUnitName: string }[];
  };
  await context.close();
  const school = me.roles.find((r) => r.role === 'head_teacher')?.orgUnitName;
  if (!school) throw new Error('the demo head teacher has no school');
  return school;
}

test('the mentor plans and records a visit, the head teacher acknowledges it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const school = await headSchool(browser);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const stamp = Date.now().toString(36);

  await page.setViewportSize(PHONE);
  const { t } = await signInAndSync(page, mentor.login, { offline: false });
  await page.getByRole('link', { name: t('visits.title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('visits.title'));
  await page.getByRole('link', { name: t('visits.plan') }).click();
  await page.locator('#visit-school').selectOption({ label: school });
  await page.locator('#visit-day').fill(yesterday);
  await page.getByRole('button', { name: t('visits.plan') }).click();

  // Planned for yesterday and not done: flagged overdue in the list.
  const row = page.getByTestId('visit-row').filter({ hasText: school }).first();
  await expect(row).toHaveAttribute('data-overdue', 'true');
  await expect(page.getByTestId('overdue-visits')).toBeVisible();
  await row.getByRole('link').click();
  const visitUrl = page.url();
  await page.getByTestId('teacher-seen').first().check();
  await page.locator('#visit-support').fill(`ضرب کے سوالات پر نمونہ سبق ${stamp}`);
  await page.getByRole('button', { name: t('visits.record') }).click();
  await expect(page.locator('.lead')).toContainText(t('visits.status.done'));

  await axeBothLanguages(page, [
    { url: '/visits', ready: (p) => expect(p.getByTestId('visit-row').first()).toBeVisible() },
    { url: '/visits/new', ready: (p) => expect(p.locator('#visit-school')).toBeVisible() },
    { url: visitUrl, ready: (p) => expect(p.locator('#visit-support')).toHaveValue(new RegExp(stamp)) },
    { url: '/workload', ready: (p) => expect(p.getByTestId('my-workload')).toBeVisible() },
  ]);

  // The head teacher, on their own phone: the visit waits; the support given never reaches it.
  const headContext = await browser.newContext({ viewport: PHONE });
  const headPage = await headContext.newPage();
  const h = await signInAndSync(headPage, head.login, { offline: false });
  await headPage.getByRole('link', { name: h.t('visits.ack.title') }).click();
  const card = headPage.getByTestId('visit-to-acknowledge').filter({ hasText: school }).first();
  await expect(card).toBeVisible();
  await expect(headPage.getByText(stamp)).toHaveCount(0);
  await axeBothLanguages(headPage, [
    { url: '/visits/acknowledge', ready: (p) => expect(p.getByTestId('visit-to-acknowledge').first()).toBeVisible() },
  ]);
  const ht = h.t;
  await headPage.goto('/visits/acknowledge');
  await card.locator('textarea').fill(`شکریہ، اساتذہ نے فائدہ اٹھایا ${stamp}`);
  await card.getByRole('button', { name: ht('visits.ack.confirm') }).click();
  await expect(headPage.getByTestId('visit-to-acknowledge').filter({ hasText: stamp })).toHaveCount(0);
  await headContext.close();

  // Back on the mentor's phone, the next sync brings the acknowledgement and its comment.
  await expect(async () => {
    await page.goto(visitUrl);
    await expect(page.getByTestId('acknowledgement')).toContainText(stamp, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
});

test('the program admin sees the mentors’ team with the limits', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await signIn(page, admin.login);
  const t = await switchTo(page, 'en');
  await page.goto('/');
  await page.getByRole('link', { name: t('workload.team.title') }).click();
  await expect(page.getByTestId('team-row').filter({ hasText: mentor.name })).toBeVisible();
  await expect(page.getByTestId('team-limits')).toContainText('40');
  // The visit counts of the program's root: figures by school, no names.
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    roles: { role: string; orgUnitId: string }[];
  };
  const root = me.roles.find((r) => r.role === 'program_admin')?.orgUnitId;
  await page.goto(`/visits/counts/${root}`);
  await expect(page.getByTestId('overdue-total')).toBeVisible();
  await axeBothLanguages(
    page,
    [
      { url: '/workload/team', ready: (p) => expect(p.getByTestId('team-row').first()).toBeVisible() },
      { url: `/visits/counts/${root}`, ready: (p) => expect(p.getByTestId('overdue-total')).toBeVisible() },
    ],
    'en',
  );
});
