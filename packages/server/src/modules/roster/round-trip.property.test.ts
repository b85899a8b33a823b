import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/harness';
import type { Db, DbHandle } from '../../db/connect';
import { importRoster, type RosterDeps } from './commands';
import { exportRoster } from './queries';
import { fixedClock } from './roster-world';
import { adminOf, fillProgram, insertProgram, programSpec, snapshot, xlsxCells } from './round-trip-world';
import type { ExportFormat, RosterKind } from './types';

// Issue 10, kind 4: export → import into an empty program of the same shape (same top unit)
// recreates the same data, whatever the tree and the people look like.
describe('roster export → import round trip (property)', () => {
  let handle: DbHandle;
  let db: Db;
  let deps: RosterDeps;
  beforeAll(async () => {
    handle = await freshDb();
    db = handle.db;
    deps = { db, clock: fixedClock };
  });
  afterAll(() => handle.close());

  type Program = Awaited<ReturnType<typeof insertProgram>>;
  const exportOf = async (p: Program, kind: RosterKind, format: ExportFormat) =>
    (await exportRoster(deps, adminOf([p]), { programId: p.programId, kind, format })).body;
  const exportAll = async (p: Program) => ({
    schoolsCsv: (await exportOf(p, 'schools', 'csv')).toString('utf8'),
    teachersCsv: (await exportOf(p, 'teachers', 'csv')).toString('utf8'),
    schoolsXlsx: await xlsxCells(await exportOf(p, 'schools', 'xlsx')),
    teachersXlsx: await xlsxCells(await exportOf(p, 'teachers', 'xlsx')),
  });
  const load = async (p: Program, kind: RosterKind, format: ExportFormat, body: Buffer) => {
    const report = await importRoster(deps, adminOf([p]), {
      programId: p.programId,
      kind,
      mode: 'commit',
      filename: `${kind}.${format}`,
      bytes: body,
    }).catch((e: unknown) => e);
    expect(report, `${kind}.${format}`).toMatchObject({ ok: true });
  };

  it('recreates the same units and people from the CSV and from the XLSX files, and exports them the same', async () => {
    await fc.assert(
      fc.asyncProperty(programSpec, async (spec) => {
        // Logins are unique on the whole server: the source's go before the copies are made.
        await db.deleteFrom('users').execute();
        const source = await insertProgram(db);
        await fillProgram(db, source.programId, { id: source.rootId, path: source.rootPath }, spec);
        const files = {
          csv: [await exportOf(source, 'schools', 'csv'), await exportOf(source, 'teachers', 'csv')],
          xlsx: [await exportOf(source, 'schools', 'xlsx'), await exportOf(source, 'teachers', 'xlsx')],
        } as const;
        const expected = await exportAll(source);
        // Every value of the XLSX is a text cell, so Excel keeps "00123", "0300 1234567" and "=…" as written.
        const types = [...expected.schoolsXlsx, ...expected.teachersXlsx].flat().filter(([, v]) => v !== '');
        expect(types.filter(([type]) => type !== ExcelJS.ValueType.String)).toEqual([]);
        const data = await snapshot(db, source.programId);

        for (const format of ['csv', 'xlsx'] as const) {
          await db.deleteFrom('users').execute();
          const copy = await insertProgram(db);
          const [schools, teachers] = files[format];
          // An empty list is refused ("no rows below the header"): there is nothing to recreate.
          if (expected.schoolsXlsx.length > 1) await load(copy, 'schools', format, schools);
          if (expected.teachersXlsx.length > 1) await load(copy, 'teachers', format, teachers);
          expect(await exportAll(copy)).toEqual(expected);
          expect(await snapshot(db, copy.programId)).toEqual(data);
        }
      }),
      { numRuns: 40 },
    );
  });
});
