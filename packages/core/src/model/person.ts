import { z } from 'zod';
import { AnyId, Code, Id, safeString, Text } from './common';

export const Gender = z.enum(['female', 'male', 'other']);
export type Gender = z.infer<typeof Gender>;

/** Phone numbers are stored as digits with an optional leading +, so "0300-1234567" and "03001234567" match. */
export function normalizePhone(raw: string): string {
  const trimmed = raw.trim();
  const plus = trimmed.startsWith('+') ? '+' : '';
  return plus + trimmed.replace(/\D/g, '');
}

export const Phone = safeString('name')
  .trim()
  .transform(normalizePhone)
  .pipe(z.string().regex(/^\+?\d{7,15}$/, 'must be a phone number of 7–15 digits'));

export const Email = safeString('name')
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }).max(254));

const PersonFields = {
  fullName: Text(200),
  gender: Gender.nullable(),
  subjects: z.array(Text(60)).max(20),
  grades: z.array(Text(20)).max(20),
  yearsExperience: z.number().int().min(0).max(60).nullable(),
  phone: Phone.nullable(),
  email: Email.nullable(),
  schoolId: AnyId.nullable(),
  emisId: Code(40).nullable(),
};

export const CreatePerson = z.strictObject({
  id: Id.optional(),
  programId: AnyId,
  fullName: PersonFields.fullName,
  gender: PersonFields.gender.default(null),
  subjects: PersonFields.subjects.default([]),
  grades: PersonFields.grades.default([]),
  yearsExperience: PersonFields.yearsExperience.default(null),
  phone: PersonFields.phone.default(null),
  email: PersonFields.email.default(null),
  schoolId: PersonFields.schoolId.default(null),
  emisId: PersonFields.emisId.default(null),
});
export type CreatePerson = z.infer<typeof CreatePerson>;

/** A partial update: only the fields present change. */
export const UpdatePerson = z.strictObject(PersonFields).partial().extend({ id: AnyId });
export type UpdatePerson = z.infer<typeof UpdatePerson>;

export interface Person {
  id: string;
  programId: string;
  fullName: string;
  gender: Gender | null;
  subjects: string[];
  grades: string[];
  yearsExperience: number | null;
  phone: string | null;
  email: string | null;
  schoolId: string | null;
  emisId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}
