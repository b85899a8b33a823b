import { type Actor, AppError, can, formatPhone, OrgUnitKind } from '@mentora/core';
import { makeContext } from '../../commands/context';
import type { Db } from '../../db/connect';
import { parseJsonArray } from '../../db/json';
import { programCountry } from '../persons/phones';
import { loadProgramScope, type RosterDeps } from './commands';
import { PATH_SEPARATOR, SCHOOL_COLUMNS, SCHOOLS } from './schools';
import { NO_ROLE, TEACHER_COLUMNS, TEACHERS } from './teachers';
import type { ExportFormat, RosterKind } from './types';
import { type SheetRecord, toCsv, toXlsx } from './write';

export interface ExportInput {
  programId: string;
  kind: RosterKind;
  format: ExportFormat;
  /** Export only this unit's subtree; default: the whole program. */
  orgUnitId?: string | undefined;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

interface Target {
  id: string;
  path: string;
  wholeProgram: boolean;
}

/** The same columns as the import, so an exported file re-imports (round trip). */
export async function exportRoster(deps: RosterDeps, actor: Actor, input: ExportInput): Promise<ExportFile> {
  const { db } = deps;
  const scope = await loadProgramScope(db, input.programId);
  const root = scope?.root ?? null;
  let target: Target | null = root === null ? null : { id: root.id, path: root.path, wholeProgram: true };
  if (input.orgUnitId !== undefined && root !== null) {
    const unit = await db
      .selectFrom('orgUnits')
      .select(['id', 'path'])
      .where('id', '=', input.orgUnitId)
      .where('programId', '=', input.programId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    target = unit === undefined ? null : { ...unit, wholeProgram: unit.id === root.id };
  }
  // Exports hand out personal data in bulk: only administrators of the exported subtree.
  if (target === null || !can(actor, 'export', { type: 'roster', programId: input.programId, path: target.path }))
    throw new AppError('not_found', input.orgUnitId === undefined ? 'Program not found' : 'Org unit not found');

  const { columns, records } =
    input.kind === 'teachers'
      ? { columns: TEACHER_COLUMNS, records: await teacherRecords(db, input.programId, target) }
      : { columns: SCHOOL_COLUMNS, records: await schoolRecords(db, input.programId, target, root?.id ?? '') };
  const smallNumbers = input.kind === 'teachers' ? TEACHERS.smallNumbers : SCHOOLS.smallNumbers;
  const body =
    input.format === 'csv' ? toCsv(columns, records, smallNumbers) : await toXlsx(input.kind, columns, records);

  const ctx = makeContext(db, actor, deps.clock);
  await ctx.audit('roster.export', 'program', input.programId, {
    kind: input.kind,
    rows: records.length,
    format: input.format,
    orgUnitId: target.id,
  });
  return {
    filename: `mentora-${input.kind}-${ctx.now.slice(0, 10)}.${input.format}`,
    contentType:
      input.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}

/** A person may hold several roles at their school; the sheet has one, the most senior. */
const ROLE_RANK = ['head_teacher', 'mentor', 'teacher'];

async function teacherRecords(db: Db, programId: string, target: Target): Promise<SheetRecord[]> {
  const prefix = `${target.path}%`;
  const country = await programCountry(db, programId);
  const people = await db
    .selectFrom('persons as p')
    .leftJoin('orgUnits as s', 's.id', 'p.schoolId')
    .leftJoin('users as u', 'u.personId', 'p.id')
    .select([
      'p.id',
      'p.fullName',
      'p.gender',
      'p.phone',
      'p.email',
      'p.emisId',
      'p.subjects',
      'p.grades',
      'p.yearsExperience',
      's.emisCode as schoolEmisCode',
      'u.id as userId',
    ])
    .where('p.programId', '=', programId)
    .where('p.deletedAt', 'is', null)
    // People without a school live at the program's root (policy): only a whole-program export has them.
    .where((eb) =>
      target.wholeProgram
        ? eb.or([eb('s.path', 'like', prefix), eb('p.schoolId', 'is', null)])
        : eb('s.path', 'like', prefix),
    )
    .execute();
  const roles = await db
    .selectFrom('roleAssignments as r')
    .innerJoin('persons as p', 'p.id', 'r.personId')
    .innerJoin('orgUnits as s', 's.id', 'r.orgUnitId')
    .select(['r.personId', 'r.role'])
    .where('r.programId', '=', programId)
    .where('r.deletedAt', 'is', null)
    .whereRef('r.orgUnitId', '=', 'p.schoolId')
    .where('r.role', 'in', ROLE_RANK)
    .where('s.path', 'like', prefix)
    .execute();
  const roleOf = new Map<string, string>();
  for (const r of roles) {
    const held = roleOf.get(r.personId);
    if (held === undefined || ROLE_RANK.indexOf(r.role) < ROLE_RANK.indexOf(held)) roleOf.set(r.personId, r.role);
  }
  const records = people.map((p) => ({
    full_name: p.fullName,
    gender: p.gender ?? '',
    // Shown as the program's people write it ("0300 1234567"): Excel keeps it as text (issue 10).
    phone: p.phone === null ? '' : formatPhone(p.phone, country),
    email: p.email ?? '',
    emis_id: p.emisId ?? '',
    school_emis_code: p.schoolEmisCode ?? '',
    subjects: parseJsonArray(p.subjects).join('; '),
    grades: parseJsonArray(p.grades).join('; '),
    years_experience: p.yearsExperience === null ? '' : String(p.yearsExperience),
    // "none", not empty: an empty role means teacher on import, and the round trip must keep "no role".
    role: roleOf.get(p.id) ?? NO_ROLE,
    create_login: p.userId === null ? 'no' : 'yes',
  }));
  // Sorted in memory: PostgreSQL's collation and SQLite's byte order would otherwise differ; the
  // other columns break ties, so the same data always gives the same file.
  const byText = (a: string, b: string) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
  return records.sort(
    (a, b) =>
      byText(a.school_emis_code, b.school_emis_code) ||
      byText(a.full_name, b.full_name) ||
      TEACHER_COLUMNS.reduce((d, c) => d || byText(a[c], b[c]), 0),
  );
}

const KIND_ORDER: readonly string[] = OrgUnitKind.options;

/**
 * Depth-first below the target, parents before children, so the file re-imports top to bottom.
 * A parent is named by its EMIS code, else by its name, else — when another unit of the program has
 * that name (two clusters "Uthal" in different districts) — by its path of names from the top
 * ("Lasbella / Uthal"), which the import resolves the same way (schools.ts, PATH_SEPARATOR).
 */
async function schoolRecords(db: Db, programId: string, target: Target, rootId: string): Promise<SheetRecord[]> {
  const units = await db
    .selectFrom('orgUnits')
    .select(['id', 'parentId', 'name', 'kind', 'emisCode', 'path'])
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, typeof units>();
  const uses = new Map<string, number>();
  const use = (text: string) => uses.set(text, (uses.get(text) ?? 0) + 1);
  for (const u of units) {
    use(u.name);
    if (u.emisCode !== null) use(u.emisCode);
    if (u.parentId === null) continue;
    children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  }
  const namePath = (id: string): string => {
    const u = byId.get(id);
    if (u === undefined || u.id === rootId || u.parentId === null) return '';
    const above = namePath(u.parentId);
    return above === '' ? u.name : `${above}${PATH_SEPARATOR}${u.name}`;
  };
  const parentCell = (parentId: string): string => {
    const parent = byId.get(parentId);
    if (parent === undefined) return '';
    if (parent.emisCode !== null) return parent.emisCode;
    if (uses.get(parent.name) === 1) return parent.name;
    // An empty parent is the program's top unit; any other unit by its path of names, led by "/ "
    // when the path alone is also some unit's name or code ("/ Uthal": the Uthal under the top unit).
    const path = namePath(parent.id);
    if (path === '' || (path !== parent.name && !uses.has(path))) return path;
    return `${PATH_SEPARATOR.trimStart()}${path}`;
  };
  const records: SheetRecord[] = [];
  const visit = (parentId: string) => {
    const kids = (children.get(parentId) ?? []).sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.name.localeCompare(b.name) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    const parent = parentCell(parentId);
    for (const u of kids) {
      records.push({ name: u.name, kind: u.kind, emis_code: u.emisCode ?? '', parent });
      visit(u.id);
    }
  };
  visit(target.id);
  return records;
}
