import { AppError } from '@mentora/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from './commands';
import { count, csv, type RosterWorld, rosterWorld } from './roster-world';
import { TEACHER_COLUMNS } from './teachers';

const HEADER = [...TEACHER_COLUMNS];
// full_name,gender,phone,email,emis_id,school_emis_code,subjects,grades,years_experience,role,create_login
const ayesha = ['عائشہ بی بی', 'Female', '0300-2222222', '', 'T-1001', 'S-001', 'Urdu; Math', '3;4', '12', '', 'yes'];
const drita = [
  'Drita Krasniqi',
  'female',
  '',
  'Drita@Example.org',
  'T-1002',
  'S-002',
  'Gjuhë shqipe',
  '',
  '',
  'mentor',
  'YES',
];
const jovana = ['Јована Петровић', '', '', '', '', 'S-003', '', '', '0', 'head_teacher', ''];

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe('teachers import', () => {
  let w: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld();
  });
  afterEach(() => w.close());

  const run = (mode: 'preview' | 'commit', bytes: Buffer, filename = 'teachers.csv') =>
    importRoster(w.deps, w.admin, { programId: w.programId, kind: 'teachers', mode, filename, bytes });

  it('commits a valid file: persons, role assignments at the school, logins, one version, an audit event', async () => {
    const before = await count(w.db, 'persons');
    const sut = await run('commit', csv([HEADER, ayesha, drita, jovana]));
    expect(sut).toMatchObject({ mode: 'commit', kind: 'teachers', ok: true, rows: 3, created: 3, errors: [] });

    const persons = await w.db
      .selectFrom('persons')
      .selectAll()
      .where('emisId', 'in', ['T-1001', 'T-1002'])
      .orderBy('emisId')
      .execute();
    expect(persons.map((p) => [p.fullName, p.gender, p.phone, p.email, p.schoolId, p.subjects, p.grades])).toEqual([
      ['عائشہ بی بی', 'female', '+923002222222', null, w.units.s1.id, '["Urdu","Math"]', '["3","4"]'],
      ['Drita Krasniqi', 'female', null, 'drita@example.org', w.units.s2.id, '["Gjuhë shqipe"]', '[]'],
    ]);
    expect(await count(w.db, 'persons')).toBe(before + 3);

    const roles = await w.db
      .selectFrom('roleAssignments as r')
      .innerJoin('persons as p', 'p.id', 'r.personId')
      .select(['p.fullName', 'r.role', 'r.orgUnitId', 'r.version'])
      .where('r.version', '=', 2) // the import's version: leaves out the fixture's own teacher
      .orderBy('r.role')
      .execute();
    expect(roles.map((r) => [r.fullName, r.role, r.orgUnitId])).toEqual([
      ['Јована Петровић', 'head_teacher', w.units.s3.id],
      ['Drita Krasniqi', 'mentor', w.units.s2.id],
      ['عائشہ بی بی', 'teacher', w.units.s1.id],
    ]);

    const users = await w.db
      .selectFrom('users')
      .select(['loginPhone', 'loginEmail', 'passwordHash', 'locale'])
      .where(
        'personId',
        'in',
        persons.map((p) => p.id),
      )
      .execute();
    users.sort((a, b) => String(a.loginPhone).localeCompare(String(b.loginPhone))); // NULLs sort differently per engine
    // The program's first language is Urdu; no passwords until the admin issues invite codes.
    expect(users).toEqual([
      { loginPhone: '+923002222222', loginEmail: null, passwordHash: null, locale: 'ur' },
      { loginPhone: null, loginEmail: 'drita@example.org', passwordHash: null, locale: 'ur' },
    ]);

    // One server version for the whole import, on every row.
    const versions = new Set([...persons.map((p) => p.version), ...roles.map((r) => r.version)]);
    expect(versions).toEqual(new Set([2]));
    const audit = await w.db.selectFrom('auditEvents').selectAll().execute();
    expect(audit).toMatchObject([
      { action: 'roster.import', resourceType: 'program', resourceId: w.programId, actorUserId: w.admin.userId },
    ]);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ kind: 'teachers', rows: 3, created: 3 });
  });

  it('previews without writing anything', async () => {
    const before = await count(w.db, 'persons');
    const sut = await run('preview', csv([HEADER, ayesha]));
    expect(sut).toMatchObject({ mode: 'preview', ok: true, rows: 1, created: 0, errors: [] });
    expect(sut.preview).toEqual([
      expect.objectContaining({
        line: 2,
        fullName: 'عائشہ بی بی',
        phone: '+923002222222',
        subjects: ['Urdu', 'Math'],
        school: { id: w.units.s1.id, name: 'GPS Uthal 1', emisCode: 'S-001' },
        role: 'teacher',
        login: '+923002222222',
      }),
    ]);
    expect(await count(w.db, 'persons')).toBe(before);
    expect(await w.db.selectFrom('auditEvents').selectAll().execute()).toEqual([]);
  });

  it('imports nothing when one row is bad, and names the line and column', async () => {
    const before = await count(w.db, 'persons');
    const badPhone = [...drita];
    badPhone[2] = '12-34';
    const unknownSchool = [...jovana];
    unknownSchool[5] = 'S-999';
    const e = await rejection(run('commit', csv([HEADER, ayesha, badPhone, unknownSchool])));
    expect(e.code).toBe('validation_failed');
    expect(e.message).toBe('The file has 2 errors; nothing was imported');
    expect(e.details).toEqual([
      { line: 3, column: 'phone', message: 'has too few digits for a phone number in PK' },
      { line: 4, column: 'school_emis_code', message: 'no school with EMIS code S-999 in this program' },
    ]);
    expect(await count(w.db, 'persons')).toBe(before);
    const clock = await w.db.selectFrom('serverClock').select('version').executeTakeFirstOrThrow();
    expect(Number(clock.version)).toBe(1); // the version taken for the import rolled back too
  });

  it('reports duplicate phones and EMIS ids within the file and against the program', async () => {
    const sameAsAyesha = ['Ayesha again', '', '0300 2222222', '', 'T-1001', 'S-002', '', '', '', '', ''];
    const existing = ['Someone', '', w.existing.phone, '', w.existing.emisId, 'S-001', '', '', '', '', ''];
    const sut = await run('preview', csv([HEADER, ayesha, sameAsAyesha, existing]));
    expect(sut.ok).toBe(false);
    expect(sut.errors).toEqual([
      { line: 3, column: 'phone', message: '0300 2222222 is also on line 2' },
      { line: 3, column: 'emis_id', message: 'T-1001 is also on line 2' },
      { line: 4, column: 'phone', message: '0300 1111111 already belongs to Existing Teacher in this program' },
      { line: 4, column: 'emis_id', message: 'T-0001 already belongs to Existing Teacher in this program' },
    ]);
  });

  it('checks logins: an existing account, a repeated email login, no phone or email', async () => {
    await w.db.updateTable('users').set({ loginPhone: '+923009999999' }).execute();
    const rows = [
      ['Has account', '', '0300-9999999', '', '', 'S-001', '', '', '', '', 'yes'],
      ['Mail one', '', '', 'same@example.org', '', 'S-001', '', '', '', '', 'yes'],
      ['Mail two', '', '', 'SAME@example.org', '', 'S-001', '', '', '', '', 'yes'],
      ['No contact', '', '', '', '', 'S-001', '', '', '', '', 'yes'],
    ];
    const sut = await run('preview', csv([HEADER, ...rows]));
    expect(sut.errors).toEqual([
      { line: 2, column: 'phone', message: 'an account with login 0300 9999999 already exists' },
      { line: 4, column: 'email', message: 'login same@example.org is also on line 3' },
      { line: 5, column: 'create_login', message: 'a login needs a phone or an email' },
    ]);
  });

  it('reads one phone however it is written, and says what Excel did to a number (issue 10)', async () => {
    const row = (name: string, phone: string) => [name, '', phone, '', '', 'S-002', '', '', '', '', ''];
    const e = await rejection(
      run(
        'commit',
        csv([
          HEADER,
          row('Spelled nationally', '0345-7654321'),
          row('Spelled internationally', '+92 345 7654321'),
          row('With 0092', '00923457654321'),
          row('In Urdu digits', '۰۳۴۵۷۶۵۴۳۲۱'),
          row('From Excel', '3.45765E+09'),
          row('Too short', '0345 765'),
        ]),
      ),
    );
    expect(e.details).toEqual([
      { line: 3, column: 'phone', message: '0345 7654321 is also on line 2' },
      { line: 4, column: 'phone', message: '0345 7654321 is also on line 2' },
      { line: 5, column: 'phone', message: '0345 7654321 is also on line 2' },
      {
        line: 6,
        column: 'phone',
        message:
          '"3.45765E+09" is a number in scientific notation: a spreadsheet shortened the phone number and its last digits are lost. Format the phone column as Text and type or paste the numbers again',
      },
      { line: 7, column: 'phone', message: 'has too few digits for a phone number in PK' },
    ]);
  });

  it('recognises a person without phone or EMIS id by name and school', async () => {
    const row = (name: string, school: string) => [name, '', '', '', '', school, '', '', '', '', ''];
    const sut = await run(
      'preview',
      csv([
        HEADER,
        row('existing  TEACHER', 'S-001'), // already at GPS Uthal 1 (spacing and case differ)
        row('Muhammad Ali', 'S-002'),
        row('Muhammad Ali', 'S-002'),
        row('Muhammad Ali', 'S-003'), // a namesake at another school is someone else
        ['Muhammad Ali', '', '03005555555', '', '', 'S-002', '', '', '', '', ''], // a phone tells them apart
      ]),
    );
    const hint = 'add a phone or EMIS id to tell two people of the same name apart';
    expect(sut.errors).toEqual([
      { line: 2, column: 'full_name', message: `existing  TEACHER already works at GPS Uthal 1; ${hint}` },
      { line: 4, column: 'full_name', message: `the same name at the same school is on line 3; ${hint}` },
    ]);
  });

  it('explains bad values in the spreadsheet’s own words', async () => {
    const row = ['', 'f', '', 'not-an-email', '', 'S-001', '', '', '61', 'inspector', 'maybe'];
    const sut = await run('preview', csv([HEADER, row]));
    expect(sut.errors).toEqual([
      { line: 2, column: 'full_name', message: 'is required' },
      { line: 2, column: 'gender', message: 'must be female, male or other (or empty)' },
      { line: 2, column: 'years_experience', message: 'must be a whole number from 0 to 60' },
      { line: 2, column: 'role', message: 'must be teacher, mentor, head_teacher or none (empty = teacher)' },
      { line: 2, column: 'create_login', message: 'must be yes or no (empty = no)' },
      { line: 2, column: 'email', message: 'must be an email address' },
    ]);
  });

  it('rejects unknown and missing columns on line 1', async () => {
    const sut = await run(
      'preview',
      csv([
        ['Full Name', 'phone', 'nickname'],
        ['Ana', '', 'A'],
      ]),
    );
    expect(sut.errors).toEqual([
      { line: 1, column: 'Full Name', message: expect.stringContaining('unknown column') },
      { line: 1, column: 'nickname', message: expect.stringContaining('unknown column') },
      { line: 1, column: 'full_name', message: 'this column is required' },
      { line: 1, column: 'school_emis_code', message: 'this column is required' },
    ]);
  });

  it('caps the report at 1,000 errors with a final count of the rest', async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => [`T ${i}`, 'S-404']);
    const sut = await run('preview', csv([['full_name', 'school_emis_code'], ...rows]));
    expect(sut.errors).toHaveLength(1_001);
    expect(sut.errors.at(-1)).toEqual({ message: '… and 500 more' });
  });

  it('answers "not found" to an admin of only part of the program', async () => {
    const e = await rejection(
      importRoster(w.deps, w.districtAdmin, {
        programId: w.programId,
        kind: 'teachers',
        mode: 'preview',
        filename: 't.csv',
        bytes: csv([HEADER, ayesha]),
      }),
    );
    expect(e.code).toBe('not_found');
  });
});
