import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from '../packages/server/src/demo/logins';

export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin };

export const root = join(import.meta.dirname, '..');
export const screenshotDir = join(root, 'docs/screenshots');

type Messages = { [key: string]: string | Messages };
const messages = new Map<string, Messages>();

/** The app's own translation files, so specs assert what a user of that language reads. */
export function tr(locale: string, key: string, vars: Record<string, string | number> = {}): string {
  let file = messages.get(locale);
  if (!file) {
    file = JSON.parse(readFileSync(join(root, 'packages/web/src/i18n', `${locale}.json`), 'utf8')) as Messages;
    messages.set(locale, file);
  }
  const lookup = (k: string): string | undefined => {
    let node: string | Messages | undefined = file;
    for (const part of k.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  // The form i18next picks: Serbian has _one, _few and _other (1 особа, 3 особе, 5 особа).
  const plural = typeof vars.count === 'number' ? `${key}_${new Intl.PluralRules(locale).select(vars.count)}` : key;
  const text = lookup(plural) ?? lookup(key) ?? (locale === 'en' ? undefined : tr('en', key, vars));
  if (text === undefined) throw new Error(`no message ${key} in ${locale}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export function demo(role: DemoLogin['role'], program: DemoLogin['program'] = 'PTMP Balochistan'): DemoLogin {
  const found = DEMO_LOGINS.find((l) => l.role === role && (role === 'system_admin' || l.program === program));
  if (!found) throw new Error(`no demo login for ${role} in ${program}`);
  return found;
}

/**
 * Fill and send the login form shown now, and wait for the app (its navigation) to open in the
 * account's language: it switches just after login, and texts read before that would be another
 * language's (a Kosovo admin's "Search" is "Kërko").
 */
export async function submitLogin(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.locator('#login-id').fill(login);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#main-nav')).toBeAttached();
  await accountText(page);
}

/** Sign in through the login form and wait for the home page (its h1 greets the user by name). */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await submitLogin(page, login, password);
}

/** The language the page is shown in now (after login it is the account's). */
export async function pageLocale(page: Page): Promise<string> {
  return (await page.locator('html').getAttribute('lang')) ?? 'en';
}

export function screenshotPath(name: string): string {
  return join(screenshotDir, name);
}

/** `tr` bound to the language the page shows now (demo accounts have en, ur or sq as their locale). */
export async function uiText(page: Page): Promise<(key: string, vars?: Record<string, string | number>) => string> {
  const locale = await pageLocale(page);
  return (key, vars) => tr(locale, key, vars);
}

/** The texts of one language, as `uiText` returns them. */
export type Text = Awaited<ReturnType<typeof uiText>>;

/** `GET /api/auth/me`, the parts the specs use. */
export interface Me {
  userId: string;
  personId: string;
  locale: string;
  roles: { programId: string | null }[];
}

export async function whoAmI(page: Page): Promise<Me> {
  return (await (await page.request.get('/api/auth/me')).json()) as Me;
}

/** The program of the signed-in user's first role (the demo admins and mentors have one). */
export async function myProgramId(page: Page): Promise<string> {
  const programId = (await whoAmI(page)).roles.find((r) => r.programId)?.programId;
  if (!programId) throw new Error('the signed-in user has no program');
  return programId;
}

/** The texts of the account's language, once the page shows it (it switches just after login). */
export async function accountText(page: Page): Promise<Text> {
  const { locale } = await whoAmI(page);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  return uiText(page);
}

// ---- Working offline: the steps several specs take. Sign in and wait until the phone can work
// alone, cut the network, edit one's own profile and save it on the phone.

/** After login: the first sync has filled the local store. */
export async function firstSync(page: Page, t: Text): Promise<void> {
  await expect(page.getByTestId('sync-last')).not.toHaveText(t('sync.never'), { timeout: 20_000 });
}

/** The service worker installed and controls the page: from now on the app opens with no network. */
export async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
}

/**
 * Sign in, in the account's language, and wait until the phone holds the working set and the
 * app itself (`offline: false` skips the service worker, for a spec that stays online).
 */
export async function signInAndSync(
  page: Page,
  login: string,
  { offline = true }: { offline?: boolean } = {},
): Promise<{ t: Text; me: Me }> {
  await signIn(page, login);
  const t = await uiText(page);
  const me = await whoAmI(page);
  await firstSync(page, t);
  if (offline) await offlineReady(page);
  return { t, me };
}

/** No network at all (as in a village without signal); the app says so. */
export async function goOffline(page: Page, t: Text): Promise<void> {
  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-state')).toHaveText(t('sync.offline'));
}

/** The network comes back; what waits in the outbox is sent from here on. */
export async function goOnline(page: Page): Promise<void> {
  await page.context().setOffline(false);
}

/** Settings → My profile → Edit profile: the mentor may edit only themselves among persons. */
export async function openOwnProfileForm(page: Page, t: Text): Promise<void> {
  await page.locator('#main-nav a[href="/settings"]').click();
  await page.getByTestId('my-profile').click();
  await page.getByRole('button', { name: t('person.edit') }).click();
  await expect(page.getByTestId('profile-form')).toBeVisible();
}

/** Save the open profile form. */
export async function saveProfile(page: Page, t: Text): Promise<void> {
  await page
    .getByTestId('profile-form')
    .getByRole('button', { name: t('common.save') })
    .click();
}

/**
 * Offline, change one field of one's own profile (`#p-grades`, `#p-phone`, …) and save: it waits
 * on the phone as the one pending change.
 */
export async function editOwnProfileOffline(page: Page, t: Text, field: string, value: string): Promise<void> {
  await goOffline(page, t);
  await openOwnProfileForm(page, t);
  await page.locator(field).fill(value);
  await saveProfile(page, t);
  await expect(page.getByTestId('sync-pending')).toHaveText(t('sync.pending', { count: 1, n: '1' }));
}

/**
 * A day `months` ahead of today (YYYY-MM-DD): planned dates in specs must stay plausible by the
 * server's clock (issue 10, kind 6: more than two years ahead is refused), whenever the suite runs.
 */
export function inMonths(months: number): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
