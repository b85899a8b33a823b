import { ApiError } from '../../app/api';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';

/** NIST SP 800-63B's minimum; the server applies the full rule and answers `weak_password`. */
export const PASSWORD_MIN = 8;

/**
 * The reason the server gave for refusing a new password (`too_short`, `common`, `personal`: the
 * `newPassword` detail of a `weak_password` error), or null for any other error.
 */
export function passwordProblem(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'weak_password') return null;
  return error.details.find((d) => d.path === 'newPassword')?.message ?? 'common';
}

/** Whole minutes to wait before a locked login may try again, or null when the error is no lock. */
function waitMinutes(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'rate_limited') return null;
  const seconds = Number(error.details.find((d) => d.path === 'retryAfterSeconds')?.message);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null;
}

/** Why the server refused a new password, in the user's language (shown at its field), or null. */
export function passwordProblemText(error: unknown): string | null {
  const problem = passwordProblem(error);
  if (!problem) return null;
  return t(`password.problem.${problem}`, { n: PASSWORD_MIN, defaultValue: t('error.weak_password') });
}

/**
 * The error of a login, code or password form: a lock says how many minutes to wait (the back-off
 * climbs to an hour); a refused password is shown at its field instead; `wrong`, when given, is
 * what this form says for `unauthenticated` (the code form: the code is wrong or has expired, not
 * the password); anything else as usual.
 */
export function AuthError({ error, wrong }: { error: unknown; wrong?: string }) {
  if (passwordProblem(error)) return null;
  if (wrong && error instanceof ApiError && error.code === 'unauthenticated')
    return (
      <p class="alert alert-error" role="alert">
        {wrong}
      </p>
    );
  const minutes = waitMinutes(error);
  if (minutes === null) return <ErrorBox error={error} />;
  return (
    <p class="alert alert-error" role="alert">
      {t('error.rate_limited')} {t('login.waitMinutes', { count: minutes })}
    </p>
  );
}
