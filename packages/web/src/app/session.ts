import type { Locale, MeResponse as Me } from '@mentora/core/types';
import { computed, signal } from '@preact/signals';
import { applyLocale, initialLocale, storedLocale } from '../i18n';
import { attach, leave, localDb, pause, restore, syncEngine } from '../store/device';
import type { EngineHooks } from '../store/engine';
import { requestPersistentStorage } from '../store/storage';
import { SyncError } from '../store/sync';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from './api';

/** The logged-in user, or null. `ready` turns true once we know which. */
export const me = signal<Me | null>(null);
export const ready = signal(false);

/** A logout made offline: the server session is closed the next time the app reaches the server. */
const PENDING_LOGOUT_KEY = 'mentora.pendingLogout';

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

/** A 401 while working: keep the local store and its outbox; the login screen says what waits. */
function endSession(): void {
  pause();
  setCsrfToken(null);
  me.value = null;
}

const syncHooks: EngineHooks = {
  // Before pushing, make sure the session still belongs to the device's user and the CSRF token is fresh.
  async confirmSession() {
    let user: Me;
    try {
      user = await api.get<Me>('/api/auth/me');
    } catch (e) {
      if (e instanceof ApiError) throw new SyncError(e.status, e.code, e.message);
      throw e;
    }
    if (user.userId !== localDb.value?.userId) throw new SyncError(401, 'unauthenticated');
    setCsrfToken(user.csrfToken);
    me.value = { ...user, locale: me.value?.locale ?? user.locale };
  },
  onSessionEnded: endSession,
};

function signIn(user: Me, sessionConfirmed = true): void {
  setCsrfToken(user.csrfToken || null);
  me.value = user;
  attach(user, syncHooks, sessionConfirmed).catch((e: unknown) => console.warn('local store unavailable', e));
  // Unsent work must not sit in storage the browser may clear when space runs low (issue 10, kind 8).
  void requestPersistentStorage();
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

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

function writeFlag(key: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // No storage: nothing to remember.
  }
}

/** Closes on the server a session the user ended while offline; true once done (or nothing to do). */
async function finishPendingLogout(): Promise<boolean> {
  if (!readFlag(PENDING_LOGOUT_KEY)) return true;
  try {
    const user = await api.get<Me>('/api/auth/me');
    setCsrfToken(user.csrfToken);
    await api.post('/api/auth/logout');
    setCsrfToken(null);
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) return false;
  }
  writeFlag(PENDING_LOGOUT_KEY, false);
  return true;
}

export async function bootstrap(): Promise<void> {
  setUnauthenticatedHandler(endSession);
  const first = applyLocale(initialLocale(), storedLocale() !== null);
  try {
    if (!(await finishPendingLogout())) return;
    const user = await api.get<Me>('/api/auth/me');
    await first;
    signIn(user);
    await settleLocale(user);
  } catch (error) {
    await first;
    if (error instanceof ApiError && error.status === 0) await openOffline();
    else if (!(error instanceof ApiError) || error.status !== 401) console.warn('session check failed', error);
  } finally {
    await first;
    ready.value = true;
  }
}

/**
 * No network at start: open as the user this device last worked for, from their local store. The
 * session is checked (and the CSRF token refreshed) before the first push once the network is back.
 */
async function openOffline(): Promise<void> {
  const stored = await restore().catch(() => null);
  if (!stored) return;
  signIn({ ...stored, csrfToken: '' }, false);
  await applyLocale(stored.locale).catch(() => undefined);
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

/**
 * Sign out. On a shared phone the user may erase their local data; unsent changes are only lost
 * if they chose to erase (the screen warns them). Offline, the server session is closed later.
 */
export async function logout(options: { erase: boolean } = { erase: false }): Promise<void> {
  const user = me.value;
  syncEngine.value?.stop();
  try {
    await api.post('/api/auth/logout');
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) writeFlag(PENDING_LOGOUT_KEY, true);
  }
  setCsrfToken(null);
  me.value = null;
  if (user) await leave(user.userId, options.erase).catch((e: unknown) => console.warn('could not erase', e));
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
