import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from './commands';
import { exportRoster } from './queries';
import { count, csv, type RosterWorld, rosterWorld } from './roster-world';
import { TEACHER_COLUMNS } from './teachers';

const TEACHERS = [
  [...TEACHER_COLUMNS],
  ['عائشہ بی بی', 'female', '0300 2222222', '', 'T-1001', 'S-001', 'Urdu; Math', '3', '12', 'mentor', 'yes'],
  ['Јована Петровић', 'female', '', 'jovana@example.org', '', 'S-003', '', '', '', 'head_teacher', 'no'],
  ['=HYPERLINK("http://evil")', 'male', '0441234567', '', '', 'S-002', '', '', '', '', ''],
];

async function xlsxRows(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (typeof v === 'string' ? v : String(v ?? ''))));
  });
  return rows;
}

describe(exportRoster.name, () => {
  let w: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld();
    await importRoster(w.deps, w.admin, {
      programId: w.programId,
      kind: 'teachers',
      mode: 'commit',
      filename: 'teachers.csv',
      bytes: csv(TEACHERS),
    });
  });
  afterEach(() => w.close());

  const exportAs = (kind: 'schools' | 'teachers', format: 'csv' | 'xlsx', orgUnitId?: string) =>
    exportRoster(w.deps, w.admin, { programId: w.programId, kind, format, orgUnitId });

  it('writes teachers as UTF-8 CSV with a BOM, the import columns, and a guard against formulas', async () => {
    const sut = await exportAs('teachers', 'csv');
    expect(sut.contentType).toBe('text/csv; charset=utf-8');
    expect(sut.filename).toBe('mentora-teachers-2026-03-15.csv');
    expect([...sut.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(sut.body, { bom: true });
    expect(rows[0]).toEqual([...TEACHER_COLUMNS]);
    expect(rows).toContainEqual(TEACHERS[1]);
    expect(rows).toContainEqual([
      'Јована Петровић',
      'female',
      '',
      'jovana@example.org',
      '',
      'S-003',
      '',
      '',
      '',
      'head_teacher',
      'no',
    ]);
    expect(rows).toContainEqual([
      '\'=HYPERLINK("http://evil")',
      'male',
      "'+92 441234567",
      '',
      '',
      'S-002',
      '',
      '',
      '',
      'teacher',
      'no',
    ]);
    // The existing teacher (no subjects, a login) and the admin (no school) are listed too.
    expect(rows).toContainEqual([
      'Existing Teacher',
      '',
      '0300 1111111',
      '',
      'T-0001',
      'S-001',
      '',
      '',
      '',
      'teacher',
      'yes',
    ]);
    expect(rows).toHaveLength(6);
    const audit = await w.db.selectFrom('auditEvents').selectAll().where('action', '=', 'roster.export').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ kind: 'teachers', rows: 5, format: 'csv' });
  });

  it('writes XLSX whose phones are text with their leading zero', async () => {
    const sut = await exportAs('teachers', 'xlsx', w.units.uthal.id);
    const rows = await xlsxRows(sut.body);
    expect(rows[0]).toEqual([...TEACHER_COLUMNS]);
    // Only the Uthal cluster's schools, by school then name: the existing teacher, Ayesha, the guarded name.
    expect(rows.slice(1).map((r) => r[2])).toEqual(['0300 1111111', '0300 2222222', '+92 441234567']);
    expect(rows[2]?.[0]).toBe('عائشہ بی بی');
  });

  it('writes the tree below a unit, parents first, each parent by EMIS code or name', async () => {
    const rows: string[][] = parse((await exportAs('schools', 'csv')).body, { bom: true });
    expect(rows).toEqual([
      ['name', 'kind', 'emis_code', 'parent'],
      ['Khuzdar', 'district', '', 'Balochistan'],
      ['GPS Khuzdar 1', 'school', 'S-003', 'Khuzdar'],
      ['Lasbella', 'district', '', 'Balochistan'],
      ['Uthal', 'cluster', '', 'Lasbella'],
      ['GGPS Uthal 2', 'school', 'S-002', 'Uthal'],
      ['GPS Uthal 1', 'school', 'S-001', 'Uthal'],
    ]);
  });

  it('re-imported into the same program, reports every row as a duplicate and creates nothing', async () => {
    const before = await count(w.db, 'persons');
    const file = await exportAs('teachers', 'xlsx');
    const sut = await importRoster(w.deps, w.admin, {
      programId: w.programId,
      kind: 'teachers',
      mode: 'preview',
      filename: file.filename,
      bytes: file.body,
    });
    expect(sut.ok).toBe(false);
    expect(sut.errors).toContainEqual({
      line: 3,
      column: 'phone',
      message: '0300 1111111 already belongs to Existing Teacher in this program',
    });
    expect(await count(w.db, 'persons')).toBe(before);
  });

  it('round-trips into an empty program: schools then teachers, CSV and XLSX, same export again', async () => {
    const target = await rosterWorld({ bare: true });
    try {
      // The new program's root has the same name, so top-level parents resolve to it.
      const load = async (kind: 'schools' | 'teachers', format: 'csv' | 'xlsx') => {
        const file = await exportAs(kind, format);
        return importRoster(target.deps, target.admin, {
          programId: target.programId,
          kind,
          mode: 'commit',
          filename: file.filename,
          bytes: file.body,
        });
      };
      expect(await load('schools', 'csv')).toMatchObject({ ok: true, created: 6 });
      // Logins are unique across the deployment, so the teachers with accounts lose them here:
      await w.db.updateTable('persons').set({ schoolId: w.units.s1.id }).where('schoolId', 'is', null).execute();
      await w.db.deleteFrom('users').execute();
      expect(await load('teachers', 'xlsx')).toMatchObject({ ok: true, created: 5, errors: [] });

      const again = (db: RosterWorld) =>
        exportRoster(db.deps, db.admin, { programId: db.programId, kind: 'teachers', format: 'csv' });
      const mine: string[][] = parse((await again(w)).body, { bom: true });
      const theirs: string[][] = parse((await again(target)).body, { bom: true });
      // Each program's own admin differs (the source's was moved to a school above).
      const others = (rows: string[][]) => rows.filter((r) => r[0] !== 'Program Admin');
      expect(others(theirs)).toEqual(others(mine));
      expect(others(mine)).toHaveLength(5); // header + 4 teachers
    } finally {
      await target.close();
    }
  });

  it('answers "not found" outside the actor’s scope', async () => {
    const e = await exportRoster(w.deps, w.districtAdmin, {
      programId: w.programId,
      kind: 'teachers',
      format: 'csv',
    }).catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'not_found' });
    // …but the district's own admin may export the district.
    const own = await exportRoster(w.deps, w.districtAdmin, {
      programId: w.programId,
      kind: 'schools',
      format: 'csv',
      orgUnitId: w.units.lasbella.id,
    });
    expect(parse(own.body, { bom: true })).toHaveLength(4);
  });
});
