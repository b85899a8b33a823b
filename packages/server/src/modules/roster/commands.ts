import { type Actor, AppError, can } from '@mentora/core';
import { type Clock, newId } from '../../clock';
import { makeContext } from '../../commands/context';
import type { Db } from '../../db/connect';
import { parseJsonArray } from '../../db/json';
import { type ParsedSheet, parseSheet } from './parse';
import { checkHeader, ErrorList } from './report';
import { commitSchools, loadSchoolLookups, SCHOOLS, schoolPreview, validateSchools } from './schools';
import { loadTeacherLookups } from './teacher-lookups';
import { commitTeachers, TEACHERS, teacherPreview, validateTeachers } from './teachers';
import {
  type ImportMode,
  type ImportReport,
  MAX_UPLOAD_BYTES,
  PREVIEW_ROWS,
  type RosterKind,
  type Stamp,
} from './types';

export interface RosterDeps {
  db: Db;
  clock: Clock;
  /** The deployment's MAX_UPLOAD_MB; tests call without it and get the default. */
  config?: { maxUploadBytes: number };
}

export interface ImportInput {
  programId: string;
  kind: RosterKind;
  mode: ImportMode;
  filename: string;
  bytes: Buffer;
}

export interface ProgramScope {
  programId: string;
  /** New logins get the program's first language. */
  locale: string;
  root: { id: string; path: string; name: string; emisCode: string | null } | null;
}

export async function loadProgramScope(db: Db, programId: string): Promise<ProgramScope | null> {
  const row = await db
    .selectFrom('programs as p')
    .leftJoin('orgUnits as r', 'r.id', 'p.rootOrgUnitId')
    .select([
      'p.id',
      'p.locales',
      'r.id as rootId',
      'r.path as rootPath',
      'r.name as rootName',
      'r.emisCode as rootEmis',
    ])
    .where('p.id', '=', programId)
    .where('p.deletedAt', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return null;
  const root =
    row.rootId === null || row.rootPath === null || row.rootName === null
      ? null
      : { id: row.rootId, path: row.rootPath, name: row.rootName, emisCode: row.rootEmis };
  return { programId: row.id, locale: parseJsonArray(row.locales)[0] ?? 'en', root };
}

/**
 * The policy check of an import, on its own so the route runs it before reading the upload
 * (issue 6, defect 6). The import targets the whole program, so the actor must administer its root
 * unit. Throws `not_found` (existence is not revealed) for a missing program or a refusal.
 */
export async function authorizeImport(db: Db, actor: Actor, programId: string): Promise<ProgramScope> {
  const scope = await loadProgramScope(db, programId);
  const path = scope?.root?.path ?? '/';
  if (scope === null || !can(actor, 'create', { type: 'roster_import', programId, path }))
    throw new AppError('not_found', 'Program not found');
  return scope;
}

/**
 * Imports a roster file all-or-nothing (docs/api.md "Import and export"). Preview validates only;
 * commit validates again inside the transaction (so the duplicate checks see what it will insert
 * beside) and inserts everything with one server version, or throws `validation_failed`.
 */
export async function importRoster(deps: RosterDeps, actor: Actor, input: ImportInput): Promise<ImportReport> {
  const max = deps.config?.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  if (input.bytes.length > max)
    throw new AppError(
      'payload_too_large',
      `The file is larger than ${Math.round(max / 1048576)} MB; split it into smaller files`,
    );
  const scope = await authorizeImport(deps.db, actor, input.programId);
  const root = scope.root;
  if (root === null) throw new AppError('bad_request', 'The program has no org tree yet; create its top unit first');

  const errors = new ErrorList();
  const sheet = await readSheet(input, errors);
  const rows = sheet?.rows ?? [];
  const spec = input.kind === 'teachers' ? TEACHERS : SCHOOLS;
  if (sheet !== null && checkHeader(sheet.header, spec, errors) && rows.length === 0)
    errors.add(2, undefined, 'the file has no rows below the header');
  const report = (created: number, preview: object[]): ImportReport => ({
    mode: input.mode,
    kind: input.kind,
    ok: errors.count === 0,
    rows: rows.length,
    created,
    errors: errors.toArray(),
    preview,
  });
  if (errors.count > 0) {
    if (input.mode === 'commit') throw failure(errors);
    return report(0, []);
  }

  if (input.mode === 'preview')
    return report(0, (await plan(deps.db, input.kind, scope, root.id, rows, errors)).preview);

  return deps.db.transaction().execute(async (trx) => {
    const ctx = makeContext(trx, actor, deps.clock);
    // Taking the version first locks the server clock: concurrent imports validate one after another.
    const stamp: Stamp = { version: await ctx.version(), now: ctx.now, newId };
    const p = await plan(trx, input.kind, scope, root.id, rows, errors);
    if (errors.count > 0) throw failure(errors);
    const created = await p.insert(trx, stamp);
    await ctx.audit('roster.import', 'program', input.programId, { kind: input.kind, rows: rows.length, created });
    return report(created, p.preview);
  });
}

interface Plan {
  preview: object[];
  insert(trx: Db, stamp: Stamp): Promise<number>;
}

/** Loads the lookups for the file's keys in bulk, then validates every row in memory. */
async function plan(
  db: Db,
  kind: RosterKind,
  scope: ProgramScope,
  rootId: string,
  rows: ParsedSheet['rows'],
  errors: ErrorList,
): Promise<Plan> {
  if (kind === 'teachers') {
    const lookups = await loadTeacherLookups(db, scope.programId, rows);
    const drafts = validateTeachers(rows, lookups, newId, errors);
    return {
      preview: drafts.slice(0, PREVIEW_ROWS).map(teacherPreview),
      insert: async (trx, stamp) => (await commitTeachers(trx, drafts, stamp, scope.locale)).persons,
    };
  }
  const lookups = await loadSchoolLookups(db, scope.programId, rootId);
  const drafts = validateSchools(rows, lookups, newId, errors);
  return {
    preview: drafts.slice(0, PREVIEW_ROWS).map(schoolPreview),
    insert: (trx, stamp) => commitSchools(trx, drafts, stamp),
  };
}

/** A file that cannot be read at all is reported like a row error, so preview still answers 200. */
async function readSheet(input: ImportInput, errors: ErrorList): Promise<ParsedSheet | null> {
  try {
    return await parseSheet(input.bytes, input.filename);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'validation_failed') throw e;
    for (const d of e.details) errors.add(d.line ?? 1, d.column, d.message);
    return null;
  }
}

function failure(errors: ErrorList): AppError {
  const n = errors.count;
  return new AppError(
    'validation_failed',
    `The file has ${n} ${n === 1 ? 'error' : 'errors'}; nothing was imported`,
    errors.toArray(),
  );
}
