import { z } from 'zod';
import { asciiDigits } from '../names/digits';
import { AnyId, Code, Id, safeString, Text } from './common';

export const Gender = z.enum(['female', 'male', 'other']);
export type Gender = z.infer<typeof Gender>;

/**
 * A phone number as typed: digits of any script (mapped to 0–9), spaces, dashes, dots, brackets
 * and one leading "+". Its shape only: the server reads it with the program's country and stores
 * E.164 (`canonicalPhone`, issue 10, kind 1), which is where a number with too few digits is
 * refused. A number in scientific notation ("3.00123E+09", what a spreadsheet makes of a long
 * number) is refused here, saying what happened.
 */
export const Phone = safeString('name')
  .trim()
  .transform((raw) => asciiDigits(raw.normalize('NFKC')))
  .superRefine((s, ctx) => {
    if (/^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i.test(s.replace(/\s/g, '')))
      ctx.addIssue({
        code: 'custom',
        message:
          'is a number in scientific notation: a spreadsheet shortened the phone number. Format the column as Text and type the number again',
      });
    else if (!/^\+?[\d\s\u00a0\-\u2010-\u2015.()/]{7,30}$/u.test(s) || (s.match(/\d/g)?.length ?? 0) < 7)
      ctx.addIssue({ code: 'custom', message: 'must be a phone number of at least 7 digits' });
  });

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
