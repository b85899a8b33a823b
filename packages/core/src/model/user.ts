import { z } from 'zod';
import { asciiDigits } from '../names/digits';
import { AnyId, Code, Secret, Text } from './common';
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

// Characters that show nothing: zero-width spaces and joiners, bidi marks and overrides, the soft
// hyphen, variation selectors, Hangul fillers (Unicode's Default_Ignorable_Code_Point and format
// characters, Cf). A password of eight of them looks empty, so they are not counted or compared.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/**
 * The form NIST lets a verifier compare (SP 800-63B §3.1.1.2, normalized with NFKC): lower case,
 * invisible characters dropped, every decimal digit of any script ("۱۲۳", "١٢٣") as an ASCII digit,
 * spaces trimmed and runs of spaces collapsed to one. Characters are Unicode code points (an Urdu
 * or emoji character counts once). Only for checking a new password; the stored hash is of the
 * password as typed.
 */
export const normalizePassword = (password: string): string =>
  asciiDigits(password.normalize('NFKC')).replace(INVISIBLE, '').trim().replace(/\s+/gu, ' ').toLowerCase();

/** Length in code points of the normalized form (NIST counts each code point as one character). */
export const passwordLength = (password: string): number => [...normalizePassword(password)].length;

/**
 * A new password's shape as the API documents it. The full rule (spaces collapsed, the common
 * list, the user's own name) needs the server's list and the account, so the server applies it
 * and answers `weak_password`; fewer than 8 UTF-16 units can never pass it, hence the `min` here.
 */
export const Password = Secret(PASSWORD_MIN, 200, `must be at least ${PASSWORD_MIN} characters`);

/** A login is a phone number or an email; teachers often have no email (issue 2). */
export const LoginInput = z.strictObject({
  login: Code(254).min(3),
  password: Secret(1, 200),
});

export const CreateUser = z.strictObject({
  personId: AnyId,
  locale: Locale.default('en'),
});
export const IssueCode = z.strictObject({ userId: AnyId, purpose: z.enum(['invite', 'reset']) });
export const RedeemCode = z.strictObject({
  login: Code(254).min(3),
  code: Code(20).min(6),
  newPassword: Password,
});
export const ChangePassword = z.strictObject({ currentPassword: Secret(1, 200), newPassword: Password });
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
