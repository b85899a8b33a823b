import { AppError, childPath } from '@mentora/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from './commands';
import { count, csv, type RosterWorld, rosterWorld } from './roster-world';

const HEADER = ['name', 'kind', 'emis_code', 'parent'];

describe('schools import', () => {
  let w: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld();
  });
  afterEach(() => w.close());

  const run = (mode: 'preview' | 'commit', bytes: Buffer) =>
    importRoster(w.deps, w.admin, { programId: w.programId, kind: 'schools', mode, filename: 'schools.csv', bytes });

  it('commits units whose parents are defined earlier in the same file, by name or by EMIS code', async () => {
    const sut = await run(
      'commit',
      csv([
        HEADER,
        ['Hub', 'District', '', ''], // empty parent: directly under the program's root
        ['Hub cluster', 'cluster', 'C-10', 'Hub'], // parent by name, earlier in the file
        ['GGPS Hub — گورنمنٹ گرلز پرائمری اسکول', 'school', 'S-100', 'C-10'], // parent by EMIS code
        ['GPS Uthal 3', 'school', 'S-101', 'Uthal'], // parent: an existing unit
      ]),
    );
    expect(sut).toMatchObject({ ok: true, rows: 4, created: 4, errors: [] });

    const units = await w.db
      .selectFrom('orgUnits')
      .selectAll()
      .where('name', 'in', ['Hub', 'Hub cluster', 'GGPS Hub — گورنمنٹ گرلز پرائمری اسکول', 'GPS Uthal 3'])
      .execute();
    const byName = new Map(units.map((u) => [u.name, u]));
    const hub = byName.get('Hub');
    const cluster = byName.get('Hub cluster');
    const school = byName.get('GGPS Hub — گورنمنٹ گرلز پرائمری اسکول');
    expect(hub).toMatchObject({ kind: 'district', parentId: w.units.root.id, emisCode: null, version: 2 });
    expect(hub?.path).toBe(childPath(w.units.root.path, hub?.id ?? ''));
    expect(cluster).toMatchObject({ parentId: hub?.id, path: childPath(hub?.path ?? '', cluster?.id ?? '') });
    expect(school).toMatchObject({ kind: 'school', emisCode: 'S-100', parentId: cluster?.id });
    expect(school?.path).toBe(`${w.units.root.path}${hub?.id}/${cluster?.id}/${school?.id}/`);
    expect(byName.get('GPS Uthal 3')).toMatchObject({ parentId: w.units.uthal.id });
  });

  it('reports ambiguous, unknown and broken parents, and kinds out of order', async () => {
    await w.db
      .insertInto('orgUnits')
      .values({
        id: '01960000-0000-7000-8000-000000000001',
        programId: w.programId,
        parentId: w.units.khuzdar.id,
        name: 'Uthal',
        kind: 'cluster',
        emisCode: null,
        path: `${w.units.khuzdar.path}01960000-0000-7000-8000-000000000001/`,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        deletedAt: null,
        version: 1,
      })
      .execute();
    const sut = await run(
      'preview',
      csv([
        HEADER,
        ['School A', 'school', 'S-200', 'Uthal'], // two clusters are called Uthal
        ['School B', 'school', 'S-201', 'Nowhere'],
        ['Bad cluster', 'klaster', '', ''],
        ['School C', 'school', 'S-202', 'Bad cluster'],
        ['Tiny district', 'district', '', 'S-001'], // a school cannot contain units
        ['Province 2', 'province', '', 'Lasbella'], // a province below a district
      ]),
    );
    expect(sut.ok).toBe(false);
    expect(sut.errors).toEqual([
      {
        line: 2,
        column: 'parent',
        message:
          'Uthal matches 2 units; use the parent\'s EMIS code or its path of names from the top (such as "Lasbella / Uthal")',
      },
      {
        line: 3,
        column: 'parent',
        message: 'no unit with EMIS code, name or path Nowhere in the program or on an earlier line',
      },
      { line: 4, column: 'kind', message: 'must be one of country, province, district, municipality, cluster, school' },
      { line: 5, column: 'parent', message: 'the parent Bad cluster on line 4 has errors' },
      { line: 6, column: 'parent', message: 'GPS Uthal 1 is a school; a school cannot contain other units' },
      { line: 7, column: 'parent', message: 'a province cannot be placed under a district (Lasbella)' },
    ]);
  });

  it('requires a unique EMIS code for schools, and no second unit of the same name under one parent', async () => {
    const before = await count(w.db, 'orgUnits');
    const e = await importRoster(w.deps, w.admin, {
      programId: w.programId,
      kind: 'schools',
      mode: 'commit',
      filename: 'schools.csv',
      bytes: csv([
        HEADER,
        ['No code', 'school', '', 'Uthal'],
        ['Taken code', 'school', 'S-001', 'Uthal'],
        ['New one', 'school', 'S-300', 'Uthal'],
        ['Same code', 'school', 'S-300', 'Khuzdar'],
        ['gps uthal 1', 'school', 'S-301', 'Uthal'],
      ]),
    }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).details).toEqual([
      { line: 2, column: 'emis_code', message: 'is required for a school' },
      { line: 3, column: 'emis_code', message: 'S-001 already belongs to GPS Uthal 1' },
      { line: 5, column: 'emis_code', message: 'S-300 is also on line 4' },
      { line: 6, column: 'name', message: 'a unit named gps uthal 1 is already under Uthal' },
    ]);
    expect(await count(w.db, 'orgUnits')).toBe(before);
  });
});
