import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { redeem } from '../../app/session';
import { t } from '../../i18n';
import { AuthError, PASSWORD_MIN, PasswordProblemNote, passwordProblem } from './auth-errors';

/** An invite or reset code read out by a program admin, traded for a password of the user's own. */
export function Redeem() {
  const { route } = useLocation();
  const [loginValue, setLogin] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    setError(null);
    try {
      await redeem(loginValue.trim(), code.replace(/\s+/g, ''), password);
      route('/', true);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <section class="narrow">
      <h1>{t('redeem.title')}</h1>
      <p class="muted">{t('redeem.intro')}</p>
      <form class="card" onSubmit={submit}>
        <div class="field">
          <label for="redeem-login">{t('login.login')}</label>
          <input
            id="redeem-login"
            type="text"
            autocomplete="username"
            autocapitalize="none"
            dir="ltr"
            required
            value={loginValue}
            onInput={(e) => setLogin(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="redeem-code">{t('redeem.code')}</label>
          <input
            id="redeem-code"
            type="text"
            inputMode="numeric"
            autocomplete="one-time-code"
            dir="ltr"
            required
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="redeem-password">{t('password.new')}</label>
          <input
            id="redeem-password"
            type="password"
            autocomplete="new-password"
            required
            minLength={PASSWORD_MIN}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={passwordProblem(error) ? true : undefined}
            aria-describedby="redeem-password-help redeem-password-problem"
          />
          <p id="redeem-password-help" class="help">
            {t('password.rule', { count: PASSWORD_MIN })} {t('password.ruleWords')}
          </p>
          <PasswordProblemNote id="redeem-password-problem" error={error} />
        </div>
        <div class="field">
          <label for="redeem-confirm">{t('password.confirm')}</label>
          <input
            id="redeem-confirm"
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
        <button type="submit" class="button" disabled={busy}>
          {t('redeem.submit')}
        </button>
      </form>
      <p>
        <a href="/">{t('redeem.back')}</a>
      </p>
    </section>
  );
}
