import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from './commands';
import { exportRoster } from './queries';
import { count, csv, type RosterWorld, rosterWorld } from './roster-world';
import { TEACHER_COLUMNS } from './teachers';

// A district's roster: 5,000 teachers in 100 schools must import in one go, in a few seconds
// on SQLite. Timings are printed for the record, never asserted (ARCHITECTURE §8: budgets are
// checked by benchmarks, not by timed unit tests).
describe('a district-sized roster', () => {
  let w: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld();
  });
  afterEach(() => w.close());

  it('imports 5,000 teachers with logins and roles in one transaction', async () => {
    const schools = Array.from({ length: 100 }, (_, i) => [`School ${i}`, 'school', `X-${i}`, 'Uthal']);
    await importRoster(w.deps, w.admin, {
      programId: w.programId,
      kind: 'schools',
      mode: 'commit',
      filename: 'schools.csv',
      bytes: csv([['name', 'kind', 'emis_code', 'parent'], ...schools]),
    });
    const rows = Array.from({ length: 5_000 }, (_, i) => [
      i % 3 === 0 ? `عائشہ ${i}` : `Teacher ${i}`,
      i % 2 === 0 ? 'female' : 'male',
      `0301${String(i).padStart(7, '0')}`,
      i % 10 === 0 ? `t${i}@example.org` : '',
      `EMIS-${i}`,
      `X-${i % 100}`,
      'Urdu; Math',
      '3;4;5',
      String(i % 40),
      i % 50 === 0 ? 'mentor' : 'teacher',
      i % 5 === 0 ? 'yes' : 'no',
    ]);
    const bytes = csv([[...TEACHER_COLUMNS], ...rows]);
    const before = await count(w.db, 'persons');
    const input = { programId: w.programId, kind: 'teachers' as const, filename: 'teachers.csv', bytes };

    let t = performance.now();
    const preview = await importRoster(w.deps, w.admin, { ...input, mode: 'preview' });
    const previewMs = performance.now() - t;
    expect(preview).toMatchObject({ ok: true, rows: 5_000 });
    expect(preview.preview).toHaveLength(50);

    t = performance.now();
    const sut = await importRoster(w.deps, w.admin, { ...input, mode: 'commit' });
    const commitMs = performance.now() - t;
    expect(sut).toMatchObject({ ok: true, rows: 5_000, created: 5_000, errors: [] });
    expect(await count(w.db, 'persons')).toBe(before + 5_000);
    expect(await count(w.db, 'users')).toBe(1 + 1_000);

    t = performance.now();
    const file = await exportRoster(w.deps, w.admin, { programId: w.programId, kind: 'teachers', format: 'xlsx' });
    const exportMs = performance.now() - t;
    t = performance.now();
    const again = await importRoster(w.deps, w.admin, {
      ...input,
      mode: 'preview',
      filename: file.filename,
      bytes: file.body,
    });
    const reimportMs = performance.now() - t;
    expect(again.ok).toBe(false); // every row is a duplicate now

    console.log(
      `[roster] 5,000 teachers (${w.handle.engine}): preview ${previewMs.toFixed(0)} ms, ` +
        `commit ${commitMs.toFixed(0)} ms, export xlsx ${exportMs.toFixed(0)} ms, ` +
        `re-import preview of the xlsx ${reimportMs.toFixed(0)} ms`,
    );
  });
});
