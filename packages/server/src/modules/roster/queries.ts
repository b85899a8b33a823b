import { type Actor, AppError, can, formatPhone, OrgUnitKind } from '@mentora/core';
import { makeContext } from '../../commands/context';
import type { Db } from '../../db/connect';
import { parseJsonArray } from '../../db/json';
import { programCountry } from '../persons/phones';
import { loadProgramScope, type RosterDeps } from './commands';
import { SCHOOL_COLUMNS } from './schools';
import { TEACHER_COLUMNS } from './teachers';
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
      : { columns: SCHOOL_COLUMNS, records: await schoolRecords(db, input.programId, target) };
  const body = input.format === 'csv' ? toCsv(columns, records) : await toXlsx(input.kind, columns, records);

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
    role: roleOf.get(p.id) ?? '',
    create_login: p.userId === null ? 'no' : 'yes',
  }));
  // Sorted in memory: PostgreSQL's collation and SQLite's byte order would otherwise differ.
  return records.sort(
    (a, b) => a.school_emis_code.localeCompare(b.school_emis_code) || a.full_name.localeCompare(b.full_name),
  );
}

const KIND_ORDER: readonly string[] = OrgUnitKind.options;

/** Depth-first below the target, parents before children, so the file re-imports top to bottom. */
async function schoolRecords(db: Db, programId: string, target: Target): Promise<SheetRecord[]> {
  const units = await db
    .selectFrom('orgUnits')
    .select(['id', 'parentId', 'name', 'kind', 'emisCode'])
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .where('path', 'like', `${target.path}%`)
    .execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, typeof units>();
  for (const u of units) {
    if (u.parentId === null) continue;
    children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  }
  const records: SheetRecord[] = [];
  const visit = (parentId: string) => {
    const kids = (children.get(parentId) ?? []).sort(
      (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name),
    );
    const parent = byId.get(parentId);
    for (const u of kids) {
      // The parent by EMIS code when it has one: names repeat across districts, codes do not.
      records.push({
        name: u.name,
        kind: u.kind,
        emis_code: u.emisCode ?? '',
        parent: parent?.emisCode ?? parent?.name ?? '',
      });
      visit(u.id);
    }
  };
  visit(target.id);
  return records;
}
