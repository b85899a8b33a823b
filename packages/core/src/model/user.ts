import { z } from 'zod';
import { AnyId, Code, Secret, Text } from './common';
import { Locale } from './program';

export const PASSWORD_MIN = 8;
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
