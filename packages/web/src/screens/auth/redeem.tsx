import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { redeem } from '../../app/session';
import { t } from '../../i18n';
import { TextField } from '../../ui/field';
import { AuthError } from './auth-errors';
import { LoginField } from './login-field';
import { NewPasswordFields, useNewPassword } from './password-fields';

/** An invite or reset code read out by a program admin, traded for a password of the user's own. */
export function Redeem() {
  const { route } = useLocation();
  const [loginValue, setLogin] = useState('');
  const [code, setCode] = useState('');
  const password = useNewPassword();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: Event) {
    e.preventDefault();
    if (!password.confirmed()) return;
    setBusy(true);
    setError(null);
    try {
      await redeem(loginValue.trim(), code.replace(/\s+/g, ''), password.password);
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
        <LoginField id="redeem-login" value={loginValue} onValue={setLogin} />
        <TextField
          id="redeem-code"
          label={t('redeem.code')}
          type="text"
          inputMode="numeric"
          autocomplete="one-time-code"
          ltr
          required
          value={code}
          onValue={setCode}
        />
        <NewPasswordFields id="redeem-password" state={password} error={error} />
        <AuthError error={error} wrong={t('redeem.wrongCode')} />
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
