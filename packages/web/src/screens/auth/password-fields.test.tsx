// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { t } from '../../i18n';
import { byLabel, description, mount, submit, type } from '../../ui/test-dom';
import { PASSWORD_MIN } from './auth-errors';
import { NewPasswordFields, useNewPassword } from './password-fields';

const weak = (reason: string) => new ApiError(400, 'weak_password', 'weak', [{ path: 'newPassword', message: reason }]);

/** A form as the redeem and settings screens use it: `sent` gets the password when both agree. */
function Form({ error, sent }: { error?: unknown; sent: string[] }) {
  const state = useNewPassword();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (state.confirmed()) {
          sent.push(state.password);
          if (state.password === 'clear me now') state.clear();
        }
      }}
    >
      <NewPasswordFields id="pw" state={state} error={error} />
    </form>
  );
}

/** Type the two passwords and press the form's button. */
async function send(root: Element, password: string, again: string): Promise<void> {
  await type(byLabel(root, t('password.new')), password);
  await type(byLabel(root, t('password.confirm')), again);
  await submit(root.querySelector('form'));
}

describe(NewPasswordFields.name, () => {
  it('two different passwords are not sent: the second field says so', async () => {
    const sent: string[] = [];
    const root = await mount(<Form sent={sent} />);
    await send(root, 'a-new-secret-1', 'a-new-secret-2');

    expect(sent).toEqual([]);
    const confirm = byLabel(root, t('password.confirm'));
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(description(confirm)).toBe(t('password.mismatch'));
    expect(byLabel(root, t('password.new')).hasAttribute('aria-invalid')).toBe(false);

    // Corrected, it goes and the note goes away.
    await type(confirm, 'a-new-secret-1');
    await submit(root.querySelector('form'));
    expect(sent).toEqual(['a-new-secret-1']);
    expect(confirm.hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('the rule is the hint of the new password, both fields are required, and browsers offer a new one', async () => {
    const root = await mount(<Form sent={[]} />);
    const sut = byLabel(root, t('password.new')) as HTMLInputElement;
    expect(description(sut)).toBe(`${t('password.rule', { count: PASSWORD_MIN })} ${t('password.ruleWords')}`);
    expect(sut.minLength).toBe(PASSWORD_MIN);
    for (const label of ['password.new', 'password.confirm']) {
      const field = byLabel(root, t(label)) as HTMLInputElement;
      expect(field.type).toBe('password');
      expect(field.required).toBe(true);
      expect(field.getAttribute('autocomplete')).toBe('new-password');
    }
  });

  it.each(['common', 'personal', 'too_short'])(
    'a password the server refuses as %s says why at the new-password field',
    async (reason) => {
      const root = await mount(<Form sent={[]} error={weak(reason)} />);
      const text = t(`password.problem.${reason}`, { n: PASSWORD_MIN });
      const sut = byLabel(root, t('password.new'));
      expect(sut.getAttribute('aria-invalid')).toBe('true');
      expect(description(sut)).toContain(text);
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(text);
    },
  );

  it('another error (a wrong code, a lock) is not shown at the password fields', async () => {
    const root = await mount(<Form sent={[]} error={new ApiError(400, 'invalid_code', 'no')} />);
    expect(byLabel(root, t('password.new')).hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('after a change the fields are empty again', async () => {
    const sent: string[] = [];
    const root = await mount(<Form sent={sent} />);
    await send(root, 'clear me now', 'clear me now');
    expect(sent).toEqual(['clear me now']);
    expect((byLabel(root, t('password.new')) as HTMLInputElement).value).toBe('');
    expect((byLabel(root, t('password.confirm')) as HTMLInputElement).value).toBe('');
  });
});
