import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from './commands';
import { excelDateProblem, looksLikeExcelDate, needsExcelGuard, serialDate } from './excel-pitfalls';
import { exportRoster } from './queries';
import { count, csv, type RosterWorld, rosterWorld } from './roster-world';
import { xlsxCells } from './round-trip-world';
import { TEACHER_COLUMNS } from './teachers';

const ADVICE = 'Excel turns "1-2" or "2/1" into a date. Format the column as Text and type the value again';

describe('values Excel turned into dates', () => {
  it.each(['2-Jan', 'Nov-12', '02-Jan-26', '1/2/2026', '02.01.2026', '2026-01-02', 'Jan 2026', '2 jan'])(
    'recognises %s as Excel’s writing of a date',
    (text) => {
      expect(looksLikeExcelDate(text)).toBe(true);
    },
  );
  it.each(['GPS Uthal 1', 'T-1001', '32100101', '3;4', 'Janet', '12-34-5678', '0300 1234567', 'KG'])(
    'leaves %s alone',
    (text) => {
      expect(looksLikeExcelDate(text)).toBe(false);
    },
  );

  it('names date serial numbers in small-number columns only, and reads them as the date', () => {
    expect(serialDate(46024)).toBe('2026-01-02');
    expect(excelDateProblem('3; 46024', 'plain', true)).toBe(
      `"46024" looks like a date's serial number (2026-01-02): ${ADVICE}`,
    );
    expect(excelDateProblem('46024', 'number', true)).not.toBeNull();
    expect(excelDateProblem('46024', 'plain', false)).toBeNull(); // an EMIS code may be 46024
    expect(excelDateProblem('2-Jan', 'text', false)).toBeNull(); // typed into a Text cell or guarded with '
  });

  it('guards in CSV what Excel would change, and nothing else', () => {
    for (const v of ['00123', '=1+1', '+383 44 123 456', '-Ali', '@x', "'Ana", '1-2', '1/2', 'Nov-12', '3:30', '1e5'])
      expect(needsExcelGuard(v, false), v).toBe(true);
    for (const v of ['0300 1234567', 'T-1001', '32100101', '12', '0', 'Uthal', 'عائشہ', '3; 4'])
      expect(needsExcelGuard(v, false), v).toBe(false);
    expect(needsExcelGuard('46024', true)).toBe(true);
    expect(needsExcelGuard('46024', false)).toBe(false);
  });
});

describe('imports refuse dates Excel made, naming the cause', () => {
  let w: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld();
  });
  afterEach(() => w.close());

  const preview = (kind: 'schools' | 'teachers', bytes: Buffer, filename = `${kind}.csv`) =>
    importRoster(w.deps, w.admin, { programId: w.programId, kind, mode: 'preview', filename, bytes });

  it('teachers CSV: "2-Jan" grades, "Nov-12" years, a serial number, a date as EMIS id — one message per cell', async () => {
    const sut = await preview(
      'teachers',
      csv([
        ['full_name', 'school_emis_code', 'grades', 'years_experience', 'emis_id'],
        ['Ayesha', 'S-001', '2-Jan', 'Nov-12', ''],
        ['Drita', 'S-002', '3; 46024', '', '1/2/2026'],
        ['Jovana', 'S-003', "'2-Jan", '', ''], // written as text on purpose: kept
      ]),
    );
    expect(sut.errors).toEqual([
      { line: 2, column: 'grades', message: `"2-Jan" looks like a date: ${ADVICE}` },
      { line: 2, column: 'years_experience', message: `"Nov-12" looks like a date: ${ADVICE}` },
      { line: 3, column: 'grades', message: `"46024" looks like a date's serial number (2026-01-02): ${ADVICE}` },
      { line: 3, column: 'emis_id', message: `"1/2/2026" looks like a date: ${ADVICE}` },
    ]);
  });

  it('teachers XLSX: a date cell and a serial number are refused; a text cell "2-Jan" is kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Teachers');
    ws.addRow(['full_name', 'school_emis_code', 'grades', 'years_experience', 'subjects']);
    ws.addRow(['Ayesha', 'S-001', new Date(Date.UTC(2026, 0, 2)), 46024, '2-Jan']);
    const sut = await preview('teachers', Buffer.from(await wb.xlsx.writeBuffer()), 'teachers.xlsx');
    expect(sut.errors).toEqual([
      { line: 2, column: 'grades', message: `"2026-01-02" is a date cell: ${ADVICE}` },
      {
        line: 2,
        column: 'years_experience',
        message: `"46024" looks like a date's serial number (2026-01-02): ${ADVICE}`,
      },
    ]);
  });

  it('schools: the same check, e.g. an EMIS code Excel turned into a date', async () => {
    const sut = await preview(
      'schools',
      csv([
        ['name', 'kind', 'emis_code', 'parent'],
        ['GPS Hub', 'school', '02-Jan-26', 'Uthal'],
      ]),
    );
    expect(sut.errors).toEqual([{ line: 2, column: 'emis_code', message: `"02-Jan-26" looks like a date: ${ADVICE}` }]);
  });
});

describe('round trip of the issue’s examples', () => {
  let w: RosterWorld;
  let target: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld();
    target = await rosterWorld({ bare: true });
  });
  afterEach(async () => {
    await w.close();
    await target.close();
  });

  const exportAs = (world: RosterWorld, kind: 'schools' | 'teachers', format: 'csv' | 'xlsx') =>
    exportRoster(world.deps, world.admin, { programId: world.programId, kind, format });
  const commit = (world: RosterWorld, kind: 'schools' | 'teachers', bytes: Buffer, filename = `${kind}.csv`) =>
    importRoster(world.deps, world.admin, { programId: world.programId, kind, mode: 'commit', filename, bytes });

  it('two clusters "Uthal" without EMIS codes: the export names them by path, and the file imports', async () => {
    await commit(
      w,
      'schools',
      csv([
        ['name', 'kind', 'emis_code', 'parent'],
        ['Uthal', 'cluster', '', 'Khuzdar'],
        ['GPS Khuzdar Uthal', 'school', '00123', 'Khuzdar / Uthal'],
      ]),
    );
    const file = await exportAs(w, 'schools', 'csv');
    const rows: string[][] = parse(file.body, { bom: true });
    expect(rows).toContainEqual(['GPS Khuzdar Uthal', 'school', "'00123", 'Khuzdar / Uthal']);
    expect(rows).toContainEqual(['GGPS Uthal 2', 'school', 'S-002', 'Lasbella / Uthal']);
    expect(await commit(target, 'schools', file.body)).toMatchObject({ ok: true, created: 8 });
    expect((await exportAs(target, 'schools', 'csv')).body.equals(file.body)).toBe(true);
  });

  it('people without a school and without a role come back as they were (role "none")', async () => {
    await commit(
      w,
      'teachers',
      csv([
        [...TEACHER_COLUMNS],
        ['Zarina Baloch', 'female', '', '', '00042', 'S-002', '', '', '', 'none', ''],
        ['District Officer', '', '', '', '', '', '', '', '', 'none', ''],
      ]),
    );
    const roles = await w.db.selectFrom('roleAssignments').select('personId').execute();
    expect(roles).toHaveLength(1); // only the fixture's teacher: "none" gives no role
    const file = await exportAs(w, 'teachers', 'xlsx');
    const cells = await xlsxCells(file.body);
    const zarina = cells.find((r) => r[0]?.[1] === 'Zarina Baloch');
    // Codes and phones are text cells: Excel keeps "00042" and "0300 1111111" as written.
    expect(zarina?.[4]).toEqual([ExcelJS.ValueType.String, '00042']);
    expect(zarina?.[9]).toEqual([ExcelJS.ValueType.String, 'none']);
    expect(cells.find((r) => r[0]?.[1] === 'Existing Teacher')?.[2]).toEqual([
      ExcelJS.ValueType.String,
      '0300 1111111',
    ]);
    expect(
      cells
        .find((r) => r[0]?.[1] === 'Program Admin')
        ?.slice(5, 10)
        .map((c) => c[1]),
    ).toEqual(['', '', '', '', 'none']);

    await commit(target, 'schools', (await exportAs(w, 'schools', 'xlsx')).body, 'schools.xlsx');
    await w.db.deleteFrom('users').execute(); // logins are unique on the server
    // The target's own admin has the source admin's name: rename it so the people are told apart.
    await target.db.updateTable('persons').set({ fullName: 'Target Admin' }).execute();
    expect(await commit(target, 'teachers', file.body, 'teachers.xlsx')).toMatchObject({ ok: true, created: 4 });
    expect(await count(target.db, 'roleAssignments')).toBe(1);
  });

  it('a hand-written row without school keeps needing one unless role is none', async () => {
    const e = await commit(
      target,
      'teachers',
      csv([
        ['full_name', 'school_emis_code', 'role'],
        ['Forgot The School', '', ''],
        ['Mentor Nowhere', '', 'mentor'],
      ]),
    ).catch((err: unknown) => err);
    const message = 'is required, except for a person without a school: write none in role';
    expect(e).toMatchObject({
      code: 'validation_failed',
      details: [
        { line: 2, column: 'school_emis_code', message },
        { line: 3, column: 'school_emis_code', message },
      ],
    });
  });
});
