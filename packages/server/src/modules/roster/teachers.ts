import {
  AssignableRole,
  CreatePerson,
  canonicalPhone,
  Email,
  formatPhone,
  Gender,
  parseWholeNumber,
} from '@mentora/core';
import type { z } from 'zod';
import type { Db } from '../../db/connect';
import { personSearchKey } from '../persons/search';
import { screenExcelDates } from './excel-pitfalls';
import type { SheetRow } from './parse';
import { addIssues, blankToNull, type ColumnSpec, chunks, type ErrorList, listCell } from './report';
import { nameAtSchool, type SchoolRef, type TeacherLookups } from './teacher-lookups';
import { INSERT_CHUNK, type Stamp } from './types';

export const TEACHER_COLUMNS = [
  'full_name',
  'gender',
  'phone',
  'email',
  'emis_id',
  'school_emis_code',
  'subjects',
  'grades',
  'years_experience',
  'role',
  'create_login',
] as const;
export const TEACHERS: ColumnSpec = {
  columns: TEACHER_COLUMNS,
  required: ['full_name', 'school_emis_code'],
  smallNumbers: ['grades', 'years_experience'],
};

/** The roles a school roster can give; officials are assigned by hand, one at a time. */
export const ImportRole = AssignableRole.extract(['teacher', 'mentor', 'head_teacher']);
export type ImportRole = z.infer<typeof ImportRole>;
/**
 * The `role` value for "no role at a school": officials at the program's top unit, or a person whose
 * roles are elsewhere. The export writes it, so such people re-import as they were (an empty role
 * means teacher, as hand-written files expect).
 */
export const NO_ROLE = 'none';

const COLUMN_OF: Record<string, string> = {
  fullName: 'full_name',
  gender: 'gender',
  subjects: 'subjects',
  grades: 'grades',
  yearsExperience: 'years_experience',
  phone: 'phone',
  email: 'email',
  schoolId: 'school_emis_code',
  emisId: 'emis_id',
};

export interface TeacherDraft {
  line: number;
  person: CreatePerson & { id: string };
  /** Null for a person without a school (role `none`). */
  school: SchoolRef | null;
  /** Null: no role assignment (role `none`). */
  role: ImportRole | null;
  login: { phone: string | null; email: string | null } | null;
}

/** First line each key was seen on, so a repeat names the earlier line. */
interface SeenInFile {
  phone: Map<string, number>;
  emisId: Map<string, number>;
  loginEmail: Map<string, number>;
  nameAtSchool: Map<string, number>;
}

/** Pure: rows + lookups → drafts of what to insert; every problem goes to `errors`. */
export function validateTeachers(
  rows: readonly SheetRow[],
  lookups: TeacherLookups,
  newId: () => string,
  errors: ErrorList,
): TeacherDraft[] {
  screenExcelDates(rows, TEACHERS, errors);
  const seen: SeenInFile = { phone: new Map(), emisId: new Map(), loginEmail: new Map(), nameAtSchool: new Map() };
  const drafts: TeacherDraft[] = [];
  for (const row of rows) {
    const draft = validateRow(row, lookups, newId, errors, seen);
    if (draft !== null) drafts.push(draft);
  }
  return drafts;
}

function validateRow(
  row: SheetRow,
  lookups: TeacherLookups,
  newId: () => string,
  errors: ErrorList,
  seen: SeenInFile,
): TeacherDraft | null {
  const { line } = row;
  const cell = (k: string) => row.cells[k] ?? '';
  const fail = (column: string, message: string) => errors.add(line, column, message);

  if (cell('full_name') === '') fail('full_name', 'is required');
  const gender = cell('gender') === '' ? null : Gender.safeParse(cell('gender').toLowerCase()).data;
  if (gender === undefined) fail('gender', 'must be female, male or other (or empty)');
  const yearsText = cell('years_experience');
  // Digits of any script (issue 10, kind 2): an Urdu "۱۲" is 12.
  const yearsRead = parseWholeNumber(yearsText);
  const years = yearsRead !== null && yearsRead >= 0 && yearsRead <= 60 ? yearsRead : null;
  if (yearsText !== '' && years === null) fail('years_experience', 'must be a whole number from 0 to 60');
  const roleText = cell('role').toLowerCase();
  const role = roleText === NO_ROLE ? null : ImportRole.safeParse(roleText || 'teacher').data;
  if (role === undefined) fail('role', `must be teacher, mentor, head_teacher or ${NO_ROLE} (empty = teacher)`);
  const loginText = cell('create_login').toLowerCase();
  if (!['', 'yes', 'no'].includes(loginText)) fail('create_login', 'must be yes or no (empty = no)');
  // Only a person with no role at a school may have no school (officials at the program's top unit).
  const school =
    cell('school_emis_code') === '' && role === null
      ? null
      : findSchool(cell('school_emis_code'), lookups, (m) => fail('school_emis_code', m));
  // One phone however it is written, read with the program's country and stored E.164 (issue 10, kind 1).
  const phoneRead = cell('phone') === '' ? null : canonicalPhone(cell('phone'), lookups.country);
  if (phoneRead !== null && !phoneRead.ok) fail('phone', phoneRead.message);
  const phone = phoneRead?.ok ? phoneRead.e164 : null;

  const parsed = CreatePerson.safeParse({
    id: newId(),
    programId: lookups.programId,
    fullName: cell('full_name'),
    gender: gender ?? null,
    subjects: listCell(cell('subjects')),
    grades: listCell(cell('grades')),
    yearsExperience: years,
    phone,
    email: blankToNull(cell('email')),
    schoolId: school?.id ?? null,
    emisId: blankToNull(cell('emis_id')),
  });
  if (!parsed.success) {
    // An empty name was already reported as "is required" in the spreadsheet's words.
    const issues = parsed.error.issues.filter((i) => i.path[0] !== 'fullName' || cell('full_name') !== '');
    addIssues(errors, line, issues, COLUMN_OF);
  }

  // Duplicates are checked on each valid key even when another cell failed: one report, all problems.
  const email = cell('email') === '' ? null : (Email.safeParse(cell('email')).data ?? null);
  const emisId = cell('emis_id') === '' ? null : cell('emis_id');
  if (phone !== null)
    checkUnique(phone, 'phone', seen.phone, lookups.personByPhone, line, fail, formatPhone(phone, lookups.country));
  if (emisId !== null) checkUnique(emisId, 'emis_id', seen.emisId, lookups.personByEmisId, line, fail);
  const schoolKnown = school !== null || (cell('school_emis_code') === '' && role === null);
  if (schoolKnown && cell('full_name') !== '') {
    // Without phone or EMIS id only name + school (or no school) tells a re-imported row from a new person.
    const key = nameAtSchool(school?.id ?? null, cell('full_name'));
    const first = seen.nameAtSchool.get(key);
    if (!seen.nameAtSchool.has(key)) seen.nameAtSchool.set(key, line);
    const hint = 'add a phone or EMIS id to tell two people of the same name apart';
    if (phone === null && emisId === null && cell('phone') === '') {
      if (lookups.namesAtSchools.has(key))
        fail(
          'full_name',
          `${cell('full_name')} already ${school ? `works at ${school.name}` : 'is in the program without a school'}; ${hint}`,
        );
      else if (first !== undefined) fail('full_name', `the same name at the same school is on line ${first}; ${hint}`);
    }
  }

  let login: TeacherDraft['login'] = null;
  if (loginText === 'yes') {
    // The login is the phone when there is one (teachers often have no email), else the email.
    const phoneGiven = cell('phone') !== '';
    login = { phone, email: phoneGiven ? null : email };
    if (login.phone !== null) {
      // A phone already reported as another person's needs no second message about their login.
      if (lookups.loginPhones.has(login.phone) && !lookups.personByPhone.has(login.phone))
        fail('phone', `an account with login ${formatPhone(login.phone, lookups.country)} already exists`);
    } else if (login.email !== null) {
      if (lookups.loginEmails.has(login.email)) fail('email', `an account with login ${login.email} already exists`);
      const first = seen.loginEmail.get(login.email);
      if (first !== undefined) fail('email', `login ${login.email} is also on line ${first}`);
      else seen.loginEmail.set(login.email, line);
    } else if (!phoneGiven && cell('email') === '') {
      fail('create_login', 'a login needs a phone or an email');
    }
  }

  if (errors.failed(line) || !parsed.success || role === undefined) return null;
  return { line, person: { ...parsed.data, id: parsed.data.id ?? newId() }, school, role, login };
}

function findSchool(code: string, lookups: TeacherLookups, fail: (message: string) => void): SchoolRef | null {
  if (code === '') {
    fail(`is required, except for a person without a school: write ${NO_ROLE} in role`);
    return null;
  }
  const school = lookups.schoolsByEmis.get(code);
  if (school === undefined) fail(`no school with EMIS code ${code} in this program`);
  else if (school.deleted) fail(`the school with EMIS code ${code} was removed from the program`);
  else if (school.kind !== 'school') fail(`EMIS code ${code} belongs to a ${school.kind}, not a school`);
  else return school;
  return null;
}

function checkUnique(
  value: string,
  column: string,
  seenInFile: Map<string, number>,
  inDb: ReadonlyMap<string, string>,
  line: number,
  fail: (column: string, message: string) => void,
  shown = value,
): void {
  const first = seenInFile.get(value);
  if (first !== undefined) fail(column, `${shown} is also on line ${first}`);
  else seenInFile.set(value, line);
  const existing = inDb.get(value);
  if (existing !== undefined) fail(column, `${shown} already belongs to ${existing} in this program`);
}

export function teacherPreview(d: TeacherDraft): object {
  const { id: _id, programId: _p, schoolId: _s, ...person } = d.person;
  return {
    line: d.line,
    ...person,
    school: d.school === null ? null : { id: d.school.id, name: d.school.name, emisCode: d.school.emisCode },
    role: d.role ?? NO_ROLE,
    login: d.login === null ? null : (d.login.phone ?? d.login.email),
  };
}

/** Bulk inserts in chunks; the caller owns the transaction. Returns the persons created. */
export async function commitTeachers(trx: Db, drafts: readonly TeacherDraft[], stamp: Stamp, locale: string) {
  const sync = { createdAt: stamp.now, updatedAt: stamp.now, deletedAt: null, version: stamp.version };
  const persons = drafts.map(({ person: p }) => ({
    ...p,
    searchKey: personSearchKey(p),
    subjects: JSON.stringify(p.subjects),
    grades: JSON.stringify(p.grades),
    ...sync,
  }));
  const roles = drafts.flatMap((d) =>
    d.school === null || d.role === null
      ? []
      : [
          {
            id: stamp.newId(),
            personId: d.person.id,
            role: d.role,
            programId: d.person.programId,
            orgUnitId: d.school.id,
            ...sync,
          },
        ],
  );
  // No password: the admin hands out invite codes later (POST /api/accounts/:userId/codes).
  const users = drafts.flatMap((d) =>
    d.login === null
      ? []
      : [
          {
            id: stamp.newId(),
            personId: d.person.id,
            loginPhone: d.login.phone,
            loginEmail: d.login.email,
            passwordHash: null,
            locale,
            isSystemAdmin: 0,
            disabledAt: null,
            createdAt: stamp.now,
            updatedAt: stamp.now,
          },
        ],
  );
  for (const part of chunks(persons, INSERT_CHUNK)) await trx.insertInto('persons').values(part).execute();
  for (const part of chunks(roles, INSERT_CHUNK)) await trx.insertInto('roleAssignments').values(part).execute();
  for (const part of chunks(users, INSERT_CHUNK)) await trx.insertInto('users').values(part).execute();
  return { persons: persons.length, users: users.length };
}
