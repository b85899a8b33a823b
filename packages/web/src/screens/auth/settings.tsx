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
import { ErrorBox } from '../../ui/error-box';
import { LanguageChoice } from '../../ui/language-choice';
import { AuthError, PASSWORD_MIN, PasswordProblemNote, passwordProblem } from './auth-errors';
import { TestUpload } from './test-upload';

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    if (next !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setConfirm('');
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
      <div class="field">
        <label for="pw-current">{t('password.current')}</label>
        <input
          id="pw-current"
          type="password"
          autocomplete="current-password"
          required
          value={current}
          onInput={(e) => setCurrent(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="pw-new">{t('password.new')}</label>
        <input
          id="pw-new"
          type="password"
          autocomplete="new-password"
          required
          minLength={PASSWORD_MIN}
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
          aria-invalid={passwordProblem(error) ? true : undefined}
          aria-describedby="pw-new-help pw-new-problem"
        />
        <p id="pw-new-help" class="help">
          {t('password.rule', { count: PASSWORD_MIN })} {t('password.ruleWords')}
        </p>
        <PasswordProblemNote id="pw-new-problem" error={error} />
      </div>
      <div class="field">
        <label for="pw-confirm">{t('password.confirm')}</label>
        <input
          id="pw-confirm"
          type="password"
          autocomplete="new-password"
          required
          value={confirm}
          onInput={(e) => setConfirm(e.currentTarget.value)}
        />
      </div>
      {mismatch && (
        <p class="alert alert-error" role="alert">
          {t('password.mismatch')}
        </p>
      )}
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
      <TestUpload />
      <SignOut />
    </section>
  );
}
