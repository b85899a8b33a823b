import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../app/api';
import type { Locale } from '../../app/api-types';
import { changeLocale, logout, me } from '../../app/session';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { LanguageChoice } from '../../ui/language-choice';

const PASSWORD_MIN = 8;

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
          aria-describedby="pw-new-help"
        />
        <p id="pw-new-help" class="help">
          {t('password.rule', { count: PASSWORD_MIN })}
        </p>
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
      <ErrorBox error={error} />
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

export function Settings() {
  const { route } = useLocation();
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

  async function signOut() {
    await logout();
    route('/', true);
  }

  return (
    <section class="narrow">
      <h1>{t('settings.title')}</h1>
      {user && <p class="muted">{t('settings.signedInAs', { name: user.fullName })}</p>}
      <div class="card">
        <LanguageChoice onChoose={choose} busy={busy} />
        <ErrorBox error={error} />
      </div>
      <PasswordForm />
      <div class="card">
        <h2>{t('settings.signOutTitle')}</h2>
        <button type="button" class="button secondary" onClick={signOut}>
          {t('settings.signOut')}
        </button>
      </div>
    </section>
  );
}
