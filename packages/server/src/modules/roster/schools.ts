import { CreateOrgUnit, childPath, OrgUnitKind } from '@mentora/core';
import type { Db } from '../../db/connect';
import { screenExcelDates } from './excel-pitfalls';
import type { SheetRow } from './parse';
import { addIssues, type ColumnSpec, chunks, type ErrorList } from './report';
import { INSERT_CHUNK, type Stamp } from './types';

export const SCHOOL_COLUMNS = ['name', 'kind', 'emis_code', 'parent'] as const;
export const SCHOOLS: ColumnSpec = { columns: SCHOOL_COLUMNS, required: ['name', 'kind'], smallNumbers: [] };

/**
 * Between the names of a unit's path from the program's top unit: "Lasbella / Uthal" is the unit
 * Uthal under Lasbella; a leading "/ " says "from the top" where the path is also a name ("/ Uthal":
 * the Uthal directly under the top unit). The export names a parent this way when its name alone is
 * ambiguous.
 */
export const PATH_SEPARATOR = ' / ';

const COLUMN_OF: Record<string, string> = { name: 'name', kind: 'kind', emisCode: 'emis_code', parentId: 'parent' };
/** Top to bottom; a unit sits below its parent in this order (province → district → cluster → school). */
const KIND_ORDER: readonly string[] = OrgUnitKind.options;

export interface UnitRef {
  id: string;
  name: string;
  kind: string;
  emisCode: string | null;
  path: string;
  parentId: string | null;
  deleted: boolean;
  /** The names from below the program's top unit down to this one, joined by PATH_SEPARATOR ('' for the top). */
  namePath: string;
  /** Set for units defined earlier in the same file. */
  line?: number;
  invalid?: boolean;
}

export interface SchoolLookups {
  programId: string;
  /** Where rows with an empty `parent` go. */
  root: UnitRef;
  /** Every unit of the program, archived ones too (their EMIS codes stay taken). */
  units: readonly UnitRef[];
}

export interface UnitDraft {
  line: number;
  unit: {
    id: string;
    programId: string;
    parentId: string;
    name: string;
    kind: string;
    emisCode: string | null;
    path: string;
  };
  parentName: string;
}

/** One query: a program's tree is at most tens of thousands of small rows. */
export async function loadSchoolLookups(db: Db, programId: string, rootId: string): Promise<SchoolLookups> {
  const rows = await db
    .selectFrom('orgUnits')
    .select(['id', 'name', 'kind', 'emisCode', 'path', 'parentId', 'deletedAt'])
    .where('programId', '=', programId)
    .execute();
  const byId = new Map(rows.map((u) => [u.id, u]));
  const paths = new Map<string, string>([[rootId, '']]);
  const namePath = (id: string): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const u = byId.get(id);
    const parent = u?.parentId ? namePath(u.parentId) : '';
    const path = parent === '' ? (u?.name ?? '') : `${parent}${PATH_SEPARATOR}${u?.name ?? ''}`;
    paths.set(id, path);
    return path;
  };
  const units = rows.map((u) => ({ ...u, deleted: u.deletedAt !== null, namePath: namePath(u.id) }));
  const root = units.find((u) => u.id === rootId);
  if (root === undefined) throw new Error(`program ${programId} has no root unit ${rootId}`);
  return { programId, root, units };
}

const siblingKey = (parentId: string, name: string) => `${parentId}\n${name.toLocaleLowerCase()}`;

/** Pure: rows + the program's tree → units to insert, in file order (parents before children). */
export function validateSchools(
  rows: readonly SheetRow[],
  lookups: SchoolLookups,
  newId: () => string,
  errors: ErrorList,
): UnitDraft[] {
  screenExcelDates(rows, SCHOOLS, errors);
  const live = lookups.units.filter((u) => !u.deleted);
  const byEmis = new Map<string, UnitRef>();
  const byName = new Map<string, UnitRef[]>();
  const byPath = new Map<string, UnitRef[]>();
  const siblings = new Map<string, string>();
  const remember = (u: UnitRef) => {
    if (u.emisCode !== null && !byEmis.has(u.emisCode)) byEmis.set(u.emisCode, u);
    byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
    // A path may also start with the separator, for "from the top" when a unit's name is the path.
    if (u.namePath !== '')
      for (const key of [u.namePath, `${PATH_SEPARATOR.trimStart()}${u.namePath}`])
        byPath.set(key, [...(byPath.get(key) ?? []), u]);
    const key = u.parentId === null ? null : siblingKey(u.parentId, u.name);
    if (key !== null && !siblings.has(key)) siblings.set(key, u.line === undefined ? 'already' : `on line ${u.line}`);
  };
  const emisTaken = new Map(lookups.units.flatMap((u) => (u.emisCode === null ? [] : [[u.emisCode, u] as const])));
  for (const u of live) remember(u);

  const drafts: UnitDraft[] = [];
  for (const row of rows) {
    const { line } = row;
    const cell = (k: string) => row.cells[k] ?? '';
    const fail = (column: string, message: string) => errors.add(line, column, message);
    const name = cell('name');
    const emisCode = cell('emis_code') === '' ? null : cell('emis_code');

    if (name === '') fail('name', 'is required');
    const kind = OrgUnitKind.safeParse(cell('kind').toLowerCase()).data;
    if (kind === undefined) fail('kind', `must be one of ${KIND_ORDER.join(', ')}`);
    if (kind === 'school' && emisCode === null) fail('emis_code', 'is required for a school');

    const parent = resolveParent(cell('parent'), lookups.root, { byEmis, byName, byPath }, (m) => fail('parent', m));
    if (parent !== null && kind !== undefined) {
      if (parent.kind === 'school') fail('parent', `${parent.name} is a school; a school cannot contain other units`);
      else if (KIND_ORDER.indexOf(kind) <= KIND_ORDER.indexOf(parent.kind))
        fail('parent', `a ${kind} cannot be placed under a ${parent.kind} (${parent.name})`);
    }

    const id = newId();
    const parsed = CreateOrgUnit.safeParse({
      id,
      programId: lookups.programId,
      parentId: parent?.id ?? null,
      name,
      kind,
      emisCode,
    });
    if (!parsed.success) {
      // Empty name and unknown kind were already reported in the spreadsheet's words.
      const issues = parsed.error.issues.filter(
        (i) => !(i.path[0] === 'name' && name === '') && !(i.path[0] === 'kind' && kind === undefined),
      );
      addIssues(errors, line, issues, COLUMN_OF);
    }

    if (emisCode !== null) {
      const taken = emisTaken.get(emisCode);
      if (taken?.line !== undefined) fail('emis_code', `${emisCode} is also on line ${taken.line}`);
      else if (taken !== undefined)
        fail('emis_code', `${emisCode} already belongs to ${taken.name}${taken.deleted ? ' (archived)' : ''}`);
    }
    const where = parent === null || name === '' ? undefined : siblings.get(siblingKey(parent.id, name));
    if (parent !== null && where !== undefined)
      fail('name', `a unit named ${name} is ${where} under ${parent.name}${where === 'already' ? '' : ' too'}`);

    const ok = !errors.failed(line) && parent !== null && kind !== undefined;
    const path = ok ? childPath(parent.path, id) : '';
    const self: UnitRef = {
      id,
      name,
      kind: kind ?? '',
      emisCode,
      path,
      parentId: parent?.id ?? null,
      deleted: false,
      namePath: parent === null ? name : parent.namePath === '' ? name : `${parent.namePath}${PATH_SEPARATOR}${name}`,
      line,
      invalid: !ok,
    };
    if (name !== '') remember(self);
    if (emisCode !== null && !emisTaken.has(emisCode)) emisTaken.set(emisCode, self);
    if (ok) {
      drafts.push({
        line,
        unit: { id, programId: lookups.programId, parentId: parent.id, name, kind, emisCode, path },
        parentName: parent.name,
      });
    }
  }
  return drafts;
}

interface UnitIndex {
  byEmis: ReadonlyMap<string, UnitRef>;
  byName: ReadonlyMap<string, readonly UnitRef[]>;
  byPath: ReadonlyMap<string, readonly UnitRef[]>;
}

/** The parent cell: an EMIS code, else an exact name, else a path of names ("Lasbella / Uthal"). */
function resolveParent(text: string, root: UnitRef, index: UnitIndex, fail: (message: string) => void): UnitRef | null {
  if (text === '') return root;
  const emis = index.byEmis.get(text);
  const candidates = emis !== undefined ? [emis] : (index.byName.get(text) ?? index.byPath.get(text) ?? []);
  const [only] = candidates;
  if (only === undefined) {
    fail(`no unit with EMIS code, name or path ${text} in the program or on an earlier line`);
  } else if (candidates.length > 1) {
    const example = candidates[0]?.namePath ?? text;
    fail(
      `${text} matches ${candidates.length} units; use the parent's EMIS code or its path of names from the top (such as "${example}")`,
    );
  } else if (only.invalid) {
    fail(`the parent ${text} on line ${only.line} has errors`);
  } else {
    return only;
  }
  return null;
}

export function schoolPreview(d: UnitDraft): object {
  const { programId: _p, ...unit } = d.unit;
  return { line: d.line, ...unit, parent: d.parentName };
}

/** Inserts in file order, so every parent row precedes its children (foreign key on parent_id). */
export async function commitSchools(trx: Db, drafts: readonly UnitDraft[], stamp: Stamp): Promise<number> {
  const rows = drafts.map((d) => ({
    ...d.unit,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    deletedAt: null,
    version: stamp.version,
  }));
  for (const part of chunks(rows, INSERT_CHUNK)) await trx.insertInto('orgUnits').values(part).execute();
  return rows.length;
}
