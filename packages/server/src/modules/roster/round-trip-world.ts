// Test fixture for the round-trip property (not a test itself): random programs as fast-check
// arbitraries, inserted with Kysely (not through the import under test), and read back for comparison.

import { type Actor, childPath, searchKey } from '@mentora/core';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { newId } from '../../clock';
import type { Db } from '../../db/connect';
import { parseJsonArray } from '../../db/json';
import { storedPhone } from '../persons/phones';
import { personSearchKey } from '../persons/search';

const NOW = '2026-03-15T09:00:00.000Z';
const SYNC = { createdAt: NOW, updatedAt: NOW, deletedAt: null, version: 1 };
export const TOP = 'Balochistan';

// Names repeat on purpose (the same cluster name in two districts), and some are what Excel mangles:
// formulas, a leading "'", dates ("1-2", "Nov-12"), a code with leading zeros ("001", also an EMIS code).
const UNIT_NAMES = [
  'Uthal',
  'Hub',
  'Lasbella',
  TOP,
  'Prishtinë',
  'Ново Брдо',
  'اوتھل',
  '=Uthal',
  '+Hub',
  '1-2',
  'Nov-12',
  '001',
  "'Bela",
];
const PERSON_NAMES = [
  'عائشہ بی بی',
  'محمد علی',
  'Drita Krasniqi',
  'Arbëreshë Kelmendi',
  'Јована Петровић',
  'Милош Обилић',
  '=HYPERLINK("http://evil")',
  '+Ali Khan',
  '-Zarina',
  '@Ana',
  "'Ana",
  '2-Jan',
];
const SUBJECTS = ['Urdu', 'Math', 'Gjuhë shqipe', 'Српски језик', 'Nov-12', '=1+1'];
const GRADES = ['1', '2', '3', '10', 'KG', '46024', '1-2'];

export interface UnitSpec {
  name: string;
  kind: 'district' | 'cluster' | 'school';
  hasEmis: boolean;
  zeros: number;
  children: UnitSpec[];
}

export interface PersonSpec {
  name: string;
  gender: 'female' | 'male' | 'other' | null;
  /** Index into the program's schools (modulo), or null: no school. */
  school: number | null;
  phone: 'pk' | 'xk' | null;
  email: boolean;
  emisId: 'zeros' | 'plain' | null;
  roles: ('teacher' | 'mentor' | 'head_teacher')[];
  subjects: string[];
  grades: string[];
  years: number | null;
  login: boolean;
}

export interface ProgramSpec {
  units: UnitSpec[];
  persons: PersonSpec[];
}

const siblings = (child: fc.Arbitrary<UnitSpec>, max: number) =>
  fc.uniqueArray(child, { maxLength: max, selector: (u) => u.name.toLocaleLowerCase() });
// Few names for districts and clusters, so that two units of one name under different parents are common.
const NAMES_OF = {
  district: ['Lasbella', TOP, '=Uthal', 'Uthal'],
  cluster: ['Uthal', 'Hub', '001', 'Nov-12'],
  school: UNIT_NAMES,
};
const unit = (kind: UnitSpec['kind'], children: fc.Arbitrary<UnitSpec[]>): fc.Arbitrary<UnitSpec> =>
  fc.record({
    name: fc.constantFrom(...NAMES_OF[kind]),
    kind: fc.constant(kind),
    hasEmis: kind === 'school' ? fc.constant(true) : fc.boolean(),
    zeros: fc.integer({ min: 0, max: 2 }),
    children,
  });
const school = unit('school', fc.constant([]));
const cluster = unit('cluster', siblings(school, 3));
const district = unit('district', siblings(fc.oneof(cluster, cluster, school), 3));

const person: fc.Arbitrary<PersonSpec> = fc.record({
  name: fc.constantFrom(...PERSON_NAMES),
  gender: fc.constantFrom('female', 'male', 'other', null),
  school: fc.option(fc.nat(50), { freq: 3 }),
  phone: fc.constantFrom('pk', 'xk', null),
  email: fc.boolean(),
  emisId: fc.constantFrom('zeros', 'plain', null),
  roles: fc.subarray(['teacher', 'mentor', 'head_teacher'] as const),
  subjects: fc.uniqueArray(fc.constantFrom(...SUBJECTS), { maxLength: 3 }),
  grades: fc.uniqueArray(fc.constantFrom(...GRADES), { maxLength: 3 }),
  years: fc.option(fc.integer({ min: 0, max: 60 })),
  login: fc.boolean(),
});

export const programSpec: fc.Arbitrary<ProgramSpec> = fc.record({
  units: siblings(fc.oneof(district, district, cluster, school), 4),
  persons: fc.array(person, { maxLength: 8 }),
});

/** A program with only its top unit (same name and kind in every program): where the files go. */
export async function insertProgram(db: Db): Promise<{ programId: string; rootId: string; rootPath: string }> {
  const programId = newId();
  const rootId = newId();
  await db
    .insertInto('programs')
    .values({
      id: programId,
      name: 'PTMP Balochistan',
      model: 'cluster',
      levelNames: JSON.stringify(['province', 'district', 'cluster', 'school']),
      locales: JSON.stringify(['ur', 'en']),
      settings: JSON.stringify({ country: 'PK' }),
      rootOrgUnitId: rootId,
      ...SYNC,
    })
    .execute();
  const rootPath = childPath(null, rootId);
  await db
    .insertInto('orgUnits')
    .values({
      id: rootId,
      programId,
      parentId: null,
      name: TOP,
      kind: 'province',
      emisCode: null,
      path: rootPath,
      ...SYNC,
    })
    .execute();
  return { programId, rootId, rootPath };
}

/** Inserts the spec's tree and people below a program's top unit, with the rules the import enforces. */
export async function fillProgram(db: Db, programId: string, root: { id: string; path: string }, spec: ProgramSpec) {
  const schools: string[] = [];
  let code = 0;
  const add = async (u: UnitSpec, parent: { id: string; path: string }) => {
    const id = newId();
    const path = childPath(parent.path, id);
    code++;
    const emisCode = u.hasEmis ? `${'0'.repeat(u.zeros)}${code}` : null;
    await db
      .insertInto('orgUnits')
      .values({ id, programId, parentId: parent.id, name: u.name, kind: u.kind, emisCode, path, ...SYNC })
      .execute();
    if (u.kind === 'school') schools.push(id);
    for (const c of u.children) await add(c, { id, path });
  };
  for (const u of spec.units) await add(u, root);

  // A person with neither phone nor EMIS id is recognised by name at their school: one of a name there.
  const people = spec.persons.map((p, i) => ({
    ...p,
    i,
    schoolId: p.school === null || schools.length === 0 ? null : (schools[p.school % schools.length] as string),
  }));
  const key = (p: (typeof people)[number]) => `${p.schoolId}\n${searchKey(p.name)}`;
  const shared = new Map<string, number>();
  for (const p of people) shared.set(key(p), (shared.get(key(p)) ?? 0) + 1);
  for (const p of people) {
    if (p.phone === null && p.emisId === null && (shared.get(key(p)) ?? 0) > 1) continue;
    const id = newId();
    const phone =
      p.phone === 'pk'
        ? storedPhone(`0300${String(1234500 + p.i)}`, 'PK')
        : p.phone === 'xk'
          ? `+38344${100000 + p.i}`
          : null;
    const email = p.email ? `p${p.i}@example.org` : null;
    const emisId = p.emisId === 'zeros' ? `00${p.i}` : p.emisId === 'plain' ? `T-${p.i}` : null;
    await db
      .insertInto('persons')
      .values({
        id,
        programId,
        fullName: p.name,
        gender: p.gender,
        subjects: JSON.stringify(p.subjects),
        grades: JSON.stringify(p.grades),
        yearsExperience: p.years,
        phone,
        email,
        schoolId: p.schoolId,
        emisId,
        searchKey: personSearchKey({ fullName: p.name, emisId }),
        ...SYNC,
      })
      .execute();
    for (const role of p.schoolId === null ? [] : p.roles)
      await db
        .insertInto('roleAssignments')
        .values({ id: newId(), personId: id, role, programId, orgUnitId: p.schoolId as string, ...SYNC })
        .execute();
    if (p.login && (phone !== null || email !== null))
      await db
        .insertInto('users')
        .values({
          id: newId(),
          personId: id,
          loginPhone: phone,
          loginEmail: phone === null ? email : null,
          passwordHash: null,
          locale: 'en',
          isSystemAdmin: 0,
          disabledAt: null,
          createdAt: NOW,
          updatedAt: NOW,
        })
        .execute();
  }
}

/** A program admin of every given program (the actor is not a person of any of them). */
export const adminOf = (programs: readonly { programId: string; rootPath: string }[]): Actor => ({
  userId: newId(),
  personId: newId(),
  systemAdmin: false,
  assignments: programs.map((p) => ({ role: 'program_admin', programId: p.programId, path: p.rootPath })),
  groups: [],
});

const RANK = ['head_teacher', 'mentor', 'teacher'];

/** A program's units and people, field by field, without ids: what the round trip must keep. */
export async function snapshot(db: Db, programId: string) {
  const units = await db
    .selectFrom('orgUnits')
    .select(['id', 'parentId', 'name', 'kind', 'emisCode'])
    .where('programId', '=', programId)
    .execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const names = (id: string | null): string[] => {
    const u = id === null ? undefined : byId.get(id);
    return u === undefined ? [] : [...names(u.parentId), u.name];
  };
  const persons = await db.selectFrom('persons').selectAll().where('programId', '=', programId).execute();
  const roles = await db
    .selectFrom('roleAssignments')
    .select(['personId', 'role', 'orgUnitId'])
    .where('programId', '=', programId)
    .execute();
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    units: sorted(units.map((u) => ({ path: names(u.id), kind: u.kind, emisCode: u.emisCode }))),
    persons: sorted(
      persons.map((p) => ({
        fullName: p.fullName,
        gender: p.gender,
        phone: p.phone,
        email: p.email,
        emisId: p.emisId,
        school: names(p.schoolId),
        subjects: parseJsonArray(p.subjects),
        grades: parseJsonArray(p.grades),
        yearsExperience: p.yearsExperience,
        searchKey: p.searchKey,
        // The sheet has one role per person, the most senior at their school.
        role:
          RANK.find((r) => roles.some((a) => a.personId === p.id && a.role === r && a.orgUnitId === p.schoolId)) ??
          null,
      })),
    ),
  };
}

/** Every cell of an .xlsx's first sheet as [type, text]: types show that codes stay text. */
export async function xlsxCells(body: Buffer): Promise<[number, string][][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: [number, string][][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    const cells: [number, string][] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push([cell.type, String(cell.value ?? '')]);
    });
    rows.push(cells);
  });
  return rows;
}
