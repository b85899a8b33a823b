import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demo, goOffline, goOnline, signInAndSync, type Text, tr } from './helpers';

// Issue 9: the PTMP mentor proposes and accepts the cluster's year, takes attendance over a
// meeting's two days with no network, and it reaches the server once back online. At 360 px, with
// axe in Urdu (the account's language) and English.
const mentor = demo('mentor');

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const h1 = (page: Page, text: string) => expect(page.getByRole('heading', { level: 1 })).toHaveText(text);

interface DayRow {
  personId: string;
  day: string;
  present: boolean;
  arrivedAt: string | null;
  hours: number;
}

test('a mentor accepts the year, takes two days of attendance offline, and it syncs', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 780 });
  const { t } = await signInAndSync(page, mentor.login);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');

  // The calendar, from the home page: the demo year is there; propose the next one and accept it.
  await page.getByRole('link', { name: t('calendar.link') }).click();
  await h1(page, t('calendar.title'));
  const meetings = page.getByTestId('cluster-meetings').locator(':scope > li');
  // The demo's year (other specs may have added a meeting of their own).
  await expect(meetings.nth(11)).toBeVisible();
  const before = await meetings.count();
  expect(await seriousViolations(page), 'calendar in Urdu').toEqual([]);
  await page.getByRole('button', { name: t('calendar.propose') }).click();
  const proposal = page.getByTestId('proposal');
  await expect(proposal.locator('input[type="date"]')).toHaveCount(12);
  expect(await seriousViolations(page), 'proposal in Urdu').toEqual([]);
  await proposal.getByRole('button', { name: t('calendar.accept', { count: 12, n: '12' }) }).click();
  await expect(meetings).toHaveCount(before + 12);

  // A two-day meeting whose days have come (the day before yesterday and yesterday) and that nobody
  // has rated yet — the demo's held meetings have feedback, which freezes their attendance (ADR 0022).
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    csrfToken: string;
    groups: { groupId: string; role: string }[];
  };
  const groupId = me.groups.find((g) => g.role === 'mentor')?.groupId as string;
  const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const made = await page.request.post(`/api/groups/${groupId}/meetings`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      kind: 'cluster_meeting',
      title: 'کلسٹر میٹنگ — حاضری',
      scheduledFor: `${dayFromNow(-2)}T04:00:00.000Z`,
      durationMinutes: 300,
      endsOn: dayFromNow(-1),
    },
  });
  expect(made.status(), await made.text()).toBe(201);
  const meetingId = (await made.json()).id as string;
  // Its attendance, day by day, with no network (the phone syncs the new meeting on opening).
  await page.goto(`/meetings/${meetingId}/days`);
  await expect(page.getByTestId('day-attendee').first()).toBeVisible({ timeout: 30_000 });
  await goOffline(page, t);
  const rows = page.getByTestId('day-attendee');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(30);
  expect(await seriousViolations(page), 'day attendance in Urdu').toEqual([]);

  // Day 1: one tap marks someone absent there present.
  const absent = rows.filter({ has: page.locator('button[aria-pressed="false"]') }).first();
  const name1 = (await absent.getByRole('button').first().innerText()).trim();
  await absent.getByRole('button').first().click();
  await expect(rows.filter({ hasText: name1 }).getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: t('calendar.saveDay') }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText(t('sync.pending', { count: 1, n: '1' }));

  // Day 2: someone came late (10:30): the hours shrink on the spot.
  await page.locator('nav.actions button').nth(1).click();
  // A fresh meeting has nobody present yet: one tap, then that row offers "late or early".
  await rows
    .filter({ has: page.locator('button[aria-pressed="false"]') })
    .first()
    .getByRole('button')
    .first()
    .click();
  // Someone present all day so far (no times yet): their row offers "late or early".
  const late = rows.filter({ hasText: t('calendar.lateOrEarly', { name: '' }).trim() }).first();
  const name2 = (await late.getByRole('button').first().innerText()).replace('✓', '').trim();
  // Once opened the row no longer offers it: find it again by the name.
  const row2 = rows.filter({ hasText: name2 });
  await row2.getByRole('button', { name: t('calendar.lateOrEarly', { name: name2 }) }).click();
  await row2.getByLabel(t('calendar.arrivedAtFor', { name: name2 })).fill('10:30');
  await row2.getByLabel(t('calendar.arrivedAtFor', { name: name2 })).blur();
  await expect(row2).toContainText(t('meetings.hoursPresent', { hours: '3.5' }));
  await page.getByRole('button', { name: t('calendar.saveDay') }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText(t('sync.pending', { count: 2, n: '2' }));

  // Back online: both days reach the server.
  await goOnline(page);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0, { timeout: 30_000 });
  const detail = (await (await page.request.get(`/api/meetings/${meetingId}`)).json()) as {
    meeting: { title: string };
    attendance: { personId: string; fullName: string }[];
    dayAttendance: DayRow[];
  };
  const idOf = (name: string) => detail.attendance.find((a) => a.fullName === name)?.personId;
  const [day1, day2] = [...new Set(detail.dayAttendance.map((d) => d.day))].sort();
  expect(detail.dayAttendance.find((d) => d.personId === idOf(name1) && d.day === day1)?.present).toBe(true);
  expect(detail.dayAttendance.find((d) => d.personId === idOf(name2) && d.day === day2)).toMatchObject({
    arrivedAt: '10:30',
    hours: 3.5,
  });

  // The same screens in English.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const en: Text = (key, vars) => tr('en', key, vars);
  await expect(page.getByTestId('calendar-feed')).toBeVisible();
  expect(await seriousViolations(page), 'settings with the calendar card in English').toEqual([]);
  await page.goto(`/meetings/${meetingId}/days`);
  await h1(page, detail.meeting.title);
  await expect(page.getByTestId('present-count')).toBeVisible();
  expect(await seriousViolations(page), 'day attendance in English').toEqual([]);
  await page.goto('/calendar');
  await h1(page, en('calendar.title'));
  expect(await seriousViolations(page), 'calendar in English').toEqual([]);
  // Back to Urdu for the other specs' sake (the account keeps its language).
  await page.goto('/settings');
  await page.getByRole('button', { name: 'اردو' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
});

test('the head teacher sees which teachers of the school are away at cluster meetings, in Urdu', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const { t } = await signInAndSync(page, demo('head_teacher').login, { offline: false });
  await page.getByRole('link', { name: t('calendar.awayLink') }).click();
  await h1(page, t('calendar.awayTitle'));
  const items = page.getByTestId('away-list').locator(':scope > li');
  await expect(items.first()).toBeVisible();
  // Each coming meeting names at least one teacher of this school.
  await expect(items.first().locator('ul li').first()).toBeVisible();
  expect(await seriousViolations(page), 'who is away in Urdu').toEqual([]);
});
