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
  const plural = typeof vars.count === 'number' ? (vars.count === 1 ? `${key}_one` : `${key}_other`) : key;
  const text = lookup(plural) ?? lookup(key) ?? (locale === 'en' ? undefined : tr('en', key, vars));
  if (text === undefined) throw new Error(`no message ${key} in ${locale}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export function demo(role: DemoLogin['role'], program: DemoLogin['program'] = 'PTMP Balochistan'): DemoLogin {
  const found = DEMO_LOGINS.find((l) => l.role === role && (role === 'system_admin' || l.program === program));
  if (!found) throw new Error(`no demo login for ${role} in ${program}`);
  return found;
}

/** Sign in through the login form and wait for the home page (its h1 greets the user by name). */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.locator('#login-id').fill(login);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#main-nav')).toBeAttached();
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
