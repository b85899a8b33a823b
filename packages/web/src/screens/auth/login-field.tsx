import { t } from '../../i18n';
import { TextField } from '../../ui/field';

interface Props {
  id: string;
  value: string;
  onValue: (value: string) => void;
  /** Say what a login is (on the sign-in form; the code form's intro already says it). */
  hint?: string;
}

/**
 * "Phone number or email": a login as typed on a phone keyboard — no capital first letter, no
 * spelling fixes, left to right even in Urdu — and the one the browser's password manager fills.
 */
export function LoginField({ id, value, onValue, hint }: Props) {
  return (
    <TextField
      id={id}
      label={t('login.login')}
      hint={hint}
      name="username"
      type="text"
      autocomplete="username"
      autocapitalize="none"
      spellcheck={false}
      ltr
      required
      minLength={3}
      value={value}
      onValue={onValue}
    />
  );
}
