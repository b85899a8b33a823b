import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { TextField } from '../../ui/field';
import { PASSWORD_MIN, passwordProblemText } from './auth-errors';

/** The new password typed twice, and whether the last submit found the two different. */
export interface NewPassword {
  password: string;
  confirm: string;
  mismatch: boolean;
  setPassword: (value: string) => void;
  setConfirm: (value: string) => void;
  /**
   * Call on submit: true when the two agree (send `password`); false shows "not the same" at the
   * second field. A typo caught here costs no request and no login back-off.
   */
  confirmed: () => boolean;
  /** Empty both fields (after the password was changed). */
  clear: () => void;
}

/** State for `<NewPasswordFields>`. */
export function useNewPassword(): NewPassword {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    password,
    confirm,
    mismatch,
    setPassword,
    setConfirm,
    confirmed: () => {
      const same = password === confirm;
      setMismatch(!same);
      return same;
    },
    clear: () => {
      setPassword('');
      setConfirm('');
      setMismatch(false);
    },
  };
}

interface Props {
  /** Id prefix: the fields are `<id>-new` and `<id>-confirm`. */
  id: string;
  state: NewPassword;
  /** The last answer of the server: a `weak_password` refusal shows at the new-password field. */
  error: unknown;
}

/**
 * "New password" and "New password again", with the rule (NIST SP 800-63B, see auth-errors.tsx)
 * as the hint and the server's reason for a refusal at the field it concerns. Used where a code is
 * redeemed and where a signed-in user changes their password.
 */
export function NewPasswordFields({ id, state, error }: Props) {
  return (
    <>
      <TextField
        id={`${id}-new`}
        label={t('password.new')}
        type="password"
        autocomplete="new-password"
        required
        minLength={PASSWORD_MIN}
        value={state.password}
        onValue={state.setPassword}
        hint={`${t('password.rule', { count: PASSWORD_MIN })} ${t('password.ruleWords')}`}
        error={passwordProblemText(error)}
      />
      <TextField
        id={`${id}-confirm`}
        label={t('password.confirm')}
        type="password"
        autocomplete="new-password"
        required
        value={state.confirm}
        onValue={state.setConfirm}
        error={state.mismatch ? t('password.mismatch') : null}
      />
    </>
  );
}
