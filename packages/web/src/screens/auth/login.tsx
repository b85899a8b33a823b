import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../app/api-types';
import { formatNumber } from '../../app/format';
import { changeLocale, login } from '../../app/session';
import { t } from '../../i18n';
import { waitingForDeviceUser } from '../../store/device';
import { TextField } from '../../ui/field';
import { LanguageChoice } from '../../ui/language-choice';
import { AuthError } from './auth-errors';
import { LoginField } from './login-field';

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
        <LoginField id="login-id" hint={t('login.loginHelp')} value={loginValue} onValue={setLogin} />
        <TextField
          id="login-password"
          label={t('login.password')}
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
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
