import type { Locale } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { online } from '../../app/network';
import { changeLocale, logout, me } from '../../app/session';
import { t } from '../../i18n';
import { localDb, syncEngine } from '../../store/device';
import { useLive } from '../../store/live';
import { syncCounts } from '../../store/queries';
import { useStorageState } from '../../store/storage';
import { ErrorBox } from '../../ui/error-box';
import { TextField } from '../../ui/field';
import { LanguageChoice } from '../../ui/language-choice';
import { CalendarFeedCard } from '../calendar/feed-card';
import { AuthError } from './auth-errors';
import { NewPasswordFields, useNewPassword } from './password-fields';
import { TestUpload } from './test-upload';

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const password = useNewPassword();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    if (!password.confirmed()) return;
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/auth/password', { currentPassword: current, newPassword: password.password });
      setCurrent('');
      password.clear();
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={submit}>
      <h2>{t('settings.password')}</h2>
      <TextField
        id="pw-current"
        label={t('password.current')}
        type="password"
        autocomplete="current-password"
        required
        value={current}
        onValue={setCurrent}
      />
      <NewPasswordFields id="pw" state={password} error={error} />
      <AuthError error={error} />
      {done && (
        <p class="alert alert-ok" role="status">
          {t('settings.passwordChanged')}
        </p>
      )}
      <button type="submit" class="button" disabled={busy}>
        {t('settings.changePassword')}
      </button>
    </form>
  );
}

/**
 * Signing out on a shared phone: erase this user's data from it. Checked by default when nothing
 * waits to be sent; with unsent changes it warns that erasing loses them and defaults to keeping them.
 */
function SignOut() {
  const { route } = useLocation();
  const counts = useLive(localDb.value, syncCounts, []).value;
  const pending = counts?.pending ?? 0;
  const [erase, setErase] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const eraseChecked = erase ?? pending === 0;

  async function signOut() {
    setBusy(true);
    // A last chance to send what waits before the session closes.
    if (pending > 0 && online.value) await syncEngine.value?.flush(8000);
    await logout({ erase: eraseChecked });
    route('/', true);
  }

  return (
    <div class="card">
      <h2>{t('settings.signOutTitle')}</h2>
      <label class="choice">
        <input
          type="checkbox"
          checked={eraseChecked}
          onChange={(e) => setErase(e.currentTarget.checked)}
          aria-describedby="erase-help"
        />
        <span>{t('logout.erase')}</span>
      </label>
      <p id="erase-help" class="help">
        {t('logout.eraseHelp')}
      </p>
      {pending > 0 && (
        <p class={eraseChecked ? 'alert alert-error' : 'alert alert-info'} role="status" data-testid="logout-pending">
          {t(eraseChecked ? 'logout.pendingLost' : 'logout.pendingKept', { count: pending, n: formatNumber(pending) })}
        </p>
      )}
      <button type="button" class="button secondary" onClick={signOut} disabled={busy}>
        {t('settings.signOut')}
      </button>
    </div>
  );
}

/** Whether the browser keeps Mentora's storage, and how much of the phone it uses (issue 10, kind 8). */
function PhoneStorage() {
  const state = useStorageState();
  if (!state) return null;
  const mb = (bytes: number) => formatNumber(Math.round((bytes / 1_048_576) * 10) / 10);
  return (
    <div class="card" data-testid="phone-storage">
      <h2>{t('storage.title')}</h2>
      <p>
        {state.persisted === true
          ? t('storage.persisted')
          : state.persisted === false
            ? t('storage.notPersisted')
            : t('storage.unknown')}
      </p>
      {state.usage !== null && state.quota !== null && (
        <p class="muted">{t('storage.usage', { used: mb(state.usage), quota: mb(state.quota) })}</p>
      )}
    </div>
  );
}

export function Settings() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const user = me.value;

  async function choose(l: Locale) {
    setBusy(true);
    setError(null);
    try {
      await changeLocale(l);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="narrow">
      <h1>{t('settings.title')}</h1>
      {user && (
        <p class="muted">
          {t('settings.signedInAs', { name: user.fullName })} ·{' '}
          <a href={`/people/${user.personId}`} data-testid="my-profile">
            {t('settings.profile')}
          </a>
        </p>
      )}
      <div class="card">
        <LanguageChoice onChoose={choose} busy={busy} />
        <ErrorBox error={error} />
      </div>
      {online.value ? <PasswordForm /> : null}
      <PhoneStorage />
      {online.value ? <CalendarFeedCard /> : null}
      <TestUpload />
      <SignOut />
    </section>
  );
}
