import type { Locale } from '@mentora/core/types';
import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../app/format';
import { changeLocale, login } from '../../app/session';
import { t } from '../../i18n';
import { waitingForDeviceUser } from '../../store/device';
import { LanguageChoice } from '../../ui/language-choice';
import { AuthError } from './auth-errors';

export function Login() {
  const [loginValue, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [waiting, setWaiting] = useState(0);
  // A session that ended (expired while offline, say) leaves the outbox on the phone: say so.
  useEffect(() => {
    waitingForDeviceUser().then(setWaiting, () => undefined);
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(loginValue.trim(), password);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  async function choose(l: Locale) {
    await changeLocale(l).catch(setError);
  }

  return (
    <section class="narrow">
      <h1>{t('login.title')}</h1>
      <p class="muted">{t('login.intro')}</p>
      {waiting > 0 && (
        <p class="alert alert-info" role="status" data-testid="session-ended">
          {t('sync.sessionEnded', { count: waiting, n: formatNumber(waiting) })}
        </p>
      )}
      <LanguageChoice onChoose={choose} />
      <form class="card" onSubmit={submit} noValidate={false}>
        <div class="field">
          <label for="login-id">{t('login.login')}</label>
          <input
            id="login-id"
            name="username"
            type="text"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            dir="ltr"
            required
            minLength={3}
            value={loginValue}
            onInput={(e) => setLogin(e.currentTarget.value)}
            aria-describedby="login-id-help"
          />
          <p id="login-id-help" class="help">
            {t('login.loginHelp')}
          </p>
        </div>
        <div class="field">
          <label for="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <AuthError error={error} />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
      <p>
        <a href="/redeem">{t('login.haveCode')}</a>
      </p>
    </section>
  );
}
