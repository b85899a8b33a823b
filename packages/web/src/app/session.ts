import { computed, signal } from '@preact/signals';
import { applyLocale, initialLocale, storedLocale } from '../i18n';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from './api';
import type { AssignableRole, Locale, Me } from './api-types';

/** The logged-in user, or null. `ready` turns true once we know which. */
export const me = signal<Me | null>(null);
export const ready = signal(false);

const PROGRAM_KEY = 'mentora.program';
const chosenProgramId = signal<string | null>(readSession(PROGRAM_KEY));

/** A language picked on the login page during this visit: the user just told us, so it wins over `Me.locale`. */
let pickedBeforeLogin: Locale | null = null;

function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The program the screens work in: the one chosen, else the first the user holds a role in. */
export const programId = computed<string | null>(() => {
  const user = me.value;
  if (!user) return null;
  const chosen = chosenProgramId.value;
  if (chosen && (user.systemAdmin || user.roles.some((r) => r.programId === chosen))) return chosen;
  return user.roles[0]?.programId ?? null;
});

export function chooseProgram(id: string): void {
  chosenProgramId.value = id;
  try {
    sessionStorage.setItem(PROGRAM_KEY, id);
  } catch {
    // Storage unavailable: the choice lasts until reload.
  }
}

export function holdsRole(roles: readonly AssignableRole[], inProgram: string | null = programId.value): boolean {
  const user = me.value;
  return !!user && user.roles.some((r) => roles.includes(r.role) && (inProgram === null || r.programId === inProgram));
}

/** Program admins (and system admins) change the roster; the server enforces it, we only hide buttons. */
export const canAdminister = computed(() => !!me.value && (me.value.systemAdmin || holdsRole(['program_admin'])));

/** Officials and mentors read people, groups and the org tree of their scope. */
export const canBrowse = computed(
  () =>
    !!me.value && (me.value.systemAdmin || holdsRole(['program_admin', 'district_officer', 'head_teacher', 'mentor'])),
);

function signIn(user: Me): void {
  setCsrfToken(user.csrfToken);
  me.value = user;
  // A system administrator holds no role in a program: start in the first one so screens have data.
  if (user.systemAdmin && user.roles.length === 0 && !chosenProgramId.value) {
    api.get<{ items: { id: string }[] }>('/api/programs').then(
      (r) => r.items[0] && !chosenProgramId.value && chooseProgram(r.items[0].id),
      () => undefined,
    );
  }
}

async function settleLocale(user: Me): Promise<void> {
  if (pickedBeforeLogin && pickedBeforeLogin !== user.locale) {
    const picked = pickedBeforeLogin;
    pickedBeforeLogin = null;
    await applyLocale(picked);
    await api.put('/api/auth/locale', { locale: picked }).catch(() => undefined);
    me.value = { ...user, locale: picked };
    return;
  }
  await applyLocale(user.locale);
}

export async function bootstrap(): Promise<void> {
  setUnauthenticatedHandler(() => {
    setCsrfToken(null);
    me.value = null;
  });
  const first = applyLocale(initialLocale(), storedLocale() !== null);
  try {
    const user = await api.get<Me>('/api/auth/me');
    await first;
    signIn(user);
    await settleLocale(user);
  } catch (error) {
    await first;
    if (!(error instanceof ApiError) || error.status !== 401) console.warn('session check failed', error);
  } finally {
    ready.value = true;
  }
}

export async function login(login: string, password: string): Promise<void> {
  const user = await api.post<Me>('/api/auth/login', { login, password });
  signIn(user);
  await settleLocale(user);
}

export async function redeem(login: string, code: string, newPassword: string): Promise<void> {
  const user = await api.post<Me>('/api/auth/redeem', { login, code, newPassword });
  signIn(user);
  await settleLocale(user);
}

export async function logout(): Promise<void> {
  await api.post('/api/auth/logout').catch(() => undefined);
  setCsrfToken(null);
  me.value = null;
}

/** Change the language: before login it is remembered on the device, after login on the account too. */
export async function changeLocale(next: Locale): Promise<void> {
  await applyLocale(next);
  const user = me.value;
  if (!user) {
    pickedBeforeLogin = next;
    return;
  }
  if (user.locale !== next) {
    await api.put('/api/auth/locale', { locale: next });
    me.value = { ...user, locale: next };
  }
}
