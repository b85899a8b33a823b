import { z } from 'zod';
import { AnyId, Text } from './common';
import { Locale } from './program';

export const PASSWORD_MIN = 8;
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
