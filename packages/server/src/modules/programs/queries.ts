import {
  type Actor,
  AppError,
  can,
  type Locale,
  type Program,
  type ProgramModel,
  type ProgramSettings,
} from '@mentora/core';
import type { Db } from '../../db/connect';
import { parseJsonArray, parseJsonObject } from '../../db/json';
import type { ProgramRow } from '../../db/schema';

export function programRowToProgram(r: ProgramRow): Program {
  return {
    id: r.id,
    name: r.name,
    model: r.model as ProgramModel,
    levelNames: parseJsonArray(r.levelNames),
    locales: parseJsonArray(r.locales) as Locale[],
    settings: parseJsonObject<ProgramSettings>(r.settings),
    rootOrgUnitId: r.rootOrgUnitId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

export async function listPrograms(db: Db, actor: Actor): Promise<Program[]> {
  const rows = await db.selectFrom('programs').selectAll().where('deletedAt', 'is', null).orderBy('name').execute();
  return rows.filter((r) => can(actor, 'read', { type: 'program', programId: r.id })).map(programRowToProgram);
}

export async function getReadableProgram(db: Db, actor: Actor, id: string): Promise<Program> {
  const row = await db
    .selectFrom('programs')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row || !can(actor, 'read', { type: 'program', programId: row.id }))
    throw new AppError('not_found', 'Program not found');
  return programRowToProgram(row);
}
