import { z } from 'zod';
import { AnyId, Text } from './common';
import { Locale } from './program';

/** NIST SP 800-63B §3.1.1.2: at least 8 characters, no composition rules (no "one digit, one capital"). */
export const PASSWORD_MIN = 8;

/**
 * Why a new password was refused: the `message` of the `newPassword` detail of a `weak_password`
 * error, stable so that clients translate it. `too_short`: fewer than PASSWORD_MIN characters
 * once leading, trailing and repeated spaces are dropped (so eight spaces are too short);
 * `common`: on a list of common and breached passwords; `personal`: made of the user's own
 * login or name (NIST: "context-specific words, such as … the username").
 */
export type PasswordProblem = 'too_short' | 'common' | 'personal';

/**
 * The form NIST lets a verifier compare: lower case, spaces trimmed and runs of spaces collapsed
 * to one. Characters are Unicode code points (an Urdu or emoji character counts once).
 */
export const normalizePassword = (password: string): string =>
  password.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** Length in code points of the normalized form (NIST counts each code point as one character). */
export const passwordLength = (password: string): number => [...normalizePassword(password)].length;

/**
 * A new password's shape as the API documents it. The full rule (spaces collapsed, the common
 * list, the user's own name) needs the server's list and the account, so the server applies it
 * and answers `weak_password`; fewer than 8 UTF-16 units can never pass it, hence the `min` here.
 */
export const Password = z.string().min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`).max(200);

/** A login is a phone number or an email; teachers often have no email (issue 2). */
export const LoginInput = z.strictObject({
  login: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(200),
});

export const CreateUser = z.strictObject({
  personId: AnyId,
  locale: Locale.default('en'),
});
export const IssueCode = z.strictObject({ userId: AnyId, purpose: z.enum(['invite', 'reset']) });
export const RedeemCode = z.strictObject({
  login: z.string().trim().min(3).max(254),
  code: z.string().trim().min(6).max(20),
  newPassword: Password,
});
export const ChangePassword = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export const SetLocale = z.strictObject({ locale: Locale });
export const SetUserDisabled = z.strictObject({ userId: AnyId, disabled: z.boolean() });

export interface User {
  id: string;
  personId: string;
  phone: string | null;
  email: string | null;
  locale: Locale;
  hasPassword: boolean;
  disabled: boolean;
  createdAt: string;
}

export const Name = Text(200);
