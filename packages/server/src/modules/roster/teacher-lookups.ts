import { canonicalPhone, searchKey } from '@mentora/core';
import type { Db } from '../../db/connect';
import { programCountry } from '../persons/phones';
import type { SheetRow } from './parse';
import { selectIn } from './report';

export interface SchoolRef {
  id: string;
  name: string;
  kind: string;
  emisCode: string;
  deleted: boolean;
}

/** What the database already holds for the keys in the file, loaded in a few bulk queries. */
export interface TeacherLookups {
  programId: string;
  /** The program's country, for phones written nationally (issue 10, kind 1). */
  country: string | null;
  schoolsByEmis: ReadonlyMap<string, SchoolRef>;
  /** Phones and EMIS ids of persons in the program (archived ones too: the unique index keeps them). */
  personByPhone: ReadonlyMap<string, string>;
  personByEmisId: ReadonlyMap<string, string>;
  /** Logins are unique across the whole deployment. */
  loginPhones: ReadonlySet<string>;
  loginEmails: ReadonlySet<string>;
  /** `nameAtSchool` keys of the current persons at the file's schools and of those without a school. */
  namesAtSchools: ReadonlySet<string>;
}

/**
 * A person is recognised by name and school when the row has neither phone nor EMIS id; the name
 * is compared by core's search key (issue 10, kind 3: "Drenë" and "Drene\u0308", "علي" and "علی"
 * are one name).
 */
export const nameAtSchool = (schoolId: string | null, fullName: string): string =>
  `${schoolId ?? ''}\n${searchKey(fullName)}`;

const BIND_CHUNK = 500;

export async function loadTeacherLookups(
  db: Db,
  programId: string,
  rows: readonly SheetRow[],
): Promise<TeacherLookups> {
  const col = (k: string) => rows.map((r) => r.cells[k] ?? '').filter((v) => v !== '');
  const country = await programCountry(db, programId);
  const phones = col('phone').flatMap((p) => {
    const r = canonicalPhone(p, country);
    return r.ok ? [r.e164] : [];
  });
  const emails = col('email').map((e) => e.toLowerCase());

  const schools = await selectIn(col('school_emis_code'), BIND_CHUNK, (chunk) =>
    db
      .selectFrom('orgUnits')
      .select(['id', 'name', 'kind', 'emisCode', 'deletedAt'])
      .where('programId', '=', programId)
      .where('emisCode', 'in', chunk)
      .execute(),
  );
  const namesAtSchools = await selectIn(
    schools.map((s) => s.id),
    BIND_CHUNK,
    (chunk) =>
      db
        .selectFrom('persons')
        .select(['schoolId', 'fullName'])
        .where('programId', '=', programId)
        .where('deletedAt', 'is', null)
        .where('schoolId', 'in', chunk)
        .execute(),
  );
  // People without a school (officials at the top unit) are recognised by name alone too.
  const withoutSchool =
    col('school_emis_code').length < rows.length
      ? await db
          .selectFrom('persons')
          .select(['schoolId', 'fullName'])
          .where('programId', '=', programId)
          .where('deletedAt', 'is', null)
          .where('schoolId', 'is', null)
          .execute()
      : [];
  const byPhone = await selectIn(phones, BIND_CHUNK, (chunk) =>
    db
      .selectFrom('persons')
      .select(['phone', 'fullName', 'deletedAt'])
      .where('programId', '=', programId)
      .where('phone', 'in', chunk)
      .execute(),
  );
  const byEmisId = await selectIn(col('emis_id'), BIND_CHUNK, (chunk) =>
    db
      .selectFrom('persons')
      .select(['emisId', 'fullName', 'deletedAt'])
      .where('programId', '=', programId)
      .where('emisId', 'in', chunk)
      .execute(),
  );
  const loginPhones = await selectIn(phones, BIND_CHUNK, (chunk) =>
    db.selectFrom('users').select('loginPhone as login').where('loginPhone', 'in', chunk).execute(),
  );
  const loginEmails = await selectIn(emails, BIND_CHUNK, (chunk) =>
    db.selectFrom('users').select('loginEmail as login').where('loginEmail', 'in', chunk).execute(),
  );
  return {
    programId,
    country,
    schoolsByEmis: new Map(
      schools.map((s) => [
        s.emisCode ?? '',
        { id: s.id, name: s.name, kind: s.kind, emisCode: s.emisCode ?? '', deleted: s.deletedAt !== null },
      ]),
    ),
    personByPhone: new Map(byPhone.map((p) => [p.phone ?? '', describePerson(p)])),
    personByEmisId: new Map(byEmisId.map((p) => [p.emisId ?? '', describePerson(p)])),
    loginPhones: new Set(loginPhones.map((u) => u.login ?? '')),
    loginEmails: new Set(loginEmails.map((u) => u.login ?? '')),
    namesAtSchools: new Set([...namesAtSchools, ...withoutSchool].map((p) => nameAtSchool(p.schoolId, p.fullName))),
  };
}

const describePerson = (p: { fullName: string; deletedAt: string | null }) =>
  p.deletedAt === null ? p.fullName : `${p.fullName} (archived)`;
