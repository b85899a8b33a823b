import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { demo, myProgramId, screenshotPath, signIn, uiText } from './helpers';

const HEADER =
  'full_name,gender,phone,email,emis_id,school_emis_code,subjects,grades,years_experience,role,create_login';

interface Unit {
  id: string;
  kind: string;
  name: string;
  emisCode: string | null;
  childCount: number;
}

/** A real school of the admin's program, found the way the app finds it: down the org tree. */
async function findSchool(page: Page): Promise<Unit> {
  const programId = await myProgramId(page);
  let parentId: string | undefined;
  for (let depth = 0; depth < 8; depth++) {
    const params: Record<string, string> = { programId };
    if (parentId) params.parentId = parentId;
    const { items } = (await (await page.request.get('/api/org-units', { params })).json()) as { items: Unit[] };
    const school = items.find((u) => u.kind === 'school' && u.emisCode);
    if (school) return school;
    const next = items.find((u) => u.childCount > 0);
    if (!next) break;
    parentId = next.id;
  }
  throw new Error('no school with an EMIS code in the demo data');
}

function writeCsv(name: string, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentora-e2e-'));
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`, 'utf8');
  return file;
}

async function openImport(page: Page, t: (key: string) => string) {
  await page
    .locator('#main-nav')
    .getByRole('link', { name: t('nav.import') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('import.title'));
  await page.getByLabel(t('import.kind.teachers')).check();
}

test('a program admin previews and imports teachers, then finds one in the people list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, demo('program_admin').login);
  const t = await uiText(page);
  const school = await findSchool(page);
  const run = String(Date.now()).slice(-7);
  const names = [`Sadia Imported ${run}`, `Farooq Imported ${run}`, `Nazia Imported ${run}`];
  const file = writeCsv('teachers.csv', [
    HEADER,
    `${names[0]},female,0398${run},,EMP-A-${run},${school.emisCode},Mathematics;Science,3;4,6,teacher,no`,
    `${names[1]},male,0397${run},,EMP-B-${run},${school.emisCode},Urdu,5,12,mentor,yes`,
    `${names[2]},female,,,EMP-C-${run},${school.emisCode},English,1;2,,,no`,
  ]);

  await openImport(page, t);
  const commit = page.getByRole('button', { name: t('import.commit'), exact: true });
  await expect(commit).toBeDisabled();
  await page.getByLabel(t('import.file')).setInputFiles(file);
  await page.getByRole('button', { name: t('import.preview') }).click();

  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  for (const name of names) await expect(preview).toContainText(name);
  await expect(page.getByTestId('import-summary')).toHaveText(t('import.readyRows', { count: 3, n: '3' }));
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('import-preview.png'), fullPage: true });

  await expect(commit).toBeEnabled();
  await commit.click();
  const done = page.getByTestId('import-done');
  await expect(done).toContainText(t('import.created.teachers', { count: 3, n: '3' }));

  await done.getByRole('link', { name: t('import.openPeople') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('people.title'));
  await page.getByLabel(t('people.search')).fill(names[1] ?? '');
  await page.getByRole('button', { name: t('common.search') }).click();
  const results = page.getByTestId('people-results');
  await expect(results.getByRole('link', { name: names[1] })).toBeVisible();
  await expect(results.getByRole('link')).toHaveCount(1);

  // The person page shows the imported teacher's school and mentor role.
  await results.getByRole('link', { name: names[1] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[1] ?? '');
  await expect(page.getByText(t('role.mentor'), { exact: true }).first()).toBeVisible();
});

test('a file with a bad row lists the line and column, and Import stays disabled', async ({ page }) => {
  await signIn(page, demo('program_admin').login);
  const t = await uiText(page);
  const school = await findSchool(page);
  const run = String(Date.now()).slice(-7);
  const file = writeCsv('teachers-bad.csv', [
    HEADER,
    `Good Row ${run},female,,,,${school.emisCode},Science,3,4,teacher,no`,
    `Bad Row ${run},sometimes,,,,${school.emisCode},Science,3,4,teacher,no`,
  ]);

  await openImport(page, t);
  await page.getByLabel(t('import.file')).setInputFiles(file);
  await page.getByRole('button', { name: t('import.preview') }).click();

  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  // The bad row is the third line of the file (the header is line 1), its bad cell is "gender".
  const row = errors.locator('tbody tr').filter({ has: page.locator('td code', { hasText: /^gender$/ }) });
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').first()).toHaveText('3');
  await expect(page.getByRole('button', { name: t('import.commit'), exact: true })).toBeDisabled();
});
