import { expect, test } from '@playwright/test';
import { demo, myProgramId, signIn, uiText } from './helpers';

test('a program admin creates a school group, adds a mentor and a mentee, and ends a membership', async ({ page }) => {
  await signIn(page, demo('program_admin', 'Kosovo in-service mentoring').login);
  const t = await uiText(page);
  const programId = await myProgramId(page);
  const { items } = (await (
    await page.request.get('/api/persons', { params: { programId, limit: 2, offset: 5 } })
  ).json()) as { items: { fullName: string }[] };
  const [mentor, mentee] = items;
  if (!mentor || !mentee) throw new Error('the demo program has too few people');
  const name = `Science colleagues ${Date.now()}`;

  await page.locator('#main-nav a[href="/groups"]').click();
  await page.getByRole('link', { name: t('groups.new') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('groups.newTitle'));
  await page.getByLabel(t('groups.name')).fill(name);
  await page.getByLabel(t('groupKind.school')).check();
  // Walk down the unit selects (country → municipality → school), taking the first unit each time.
  for (let level = 0; level < 6; level++) {
    const select = page.locator(`#group-unit-${level}`);
    await expect(select).toBeVisible();
    const value = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(value ?? '');
    const deeper = page.locator(`#group-unit-${level + 1}`);
    if (!(await deeper.isVisible({ timeout: 2000 }).catch(() => false))) {
      await page.waitForTimeout(500);
      if (!(await deeper.isVisible())) break;
    }
  }
  await page.getByRole('button', { name: t('groups.create') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('groups.editTitle', { name }));
  await expect(page.getByText(t('groups.noMembers'))).toBeVisible();

  for (const [person, role] of [
    [mentor, 'mentor'],
    [mentee, 'mentee'],
  ] as const) {
    await page.getByLabel(t('groups.role'), { exact: true }).selectOption(role);
    await page.getByLabel(t('groups.findPerson')).fill(person.fullName);
    await page.getByRole('button', { name: t('common.search') }).click();
    await page
      .getByRole('button', {
        name: t('groups.addAs', { name: person.fullName, role: t(`memberRole.${role}`) }),
      })
      .first()
      .click();
    await expect(page.getByText(t('groups.added', { name: person.fullName }))).toBeVisible();
  }
  const members = page.locator('table').filter({ hasText: t('groups.member') });
  await expect(members.locator('tbody tr')).toHaveCount(2);
  await expect(members.locator('tbody tr').first()).toContainText(mentor.fullName);
  await expect(members.locator('tbody tr').first()).toContainText(t('memberRole.mentor'));

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: t('groups.endFor', { name: mentee.fullName }) }).click();
  await expect(page.getByRole('button', { name: t('groups.endFor', { name: mentee.fullName }) })).toHaveCount(0);
  const menteeRow = members.locator('tbody tr').filter({ hasText: mentee.fullName });
  await expect(menteeRow.locator('td').nth(2)).not.toHaveText('—');

  // The group page shows what was saved.
  await page.getByRole('link', { name: t('groups.backToGroup') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('table')).toContainText(mentor.fullName);
});
