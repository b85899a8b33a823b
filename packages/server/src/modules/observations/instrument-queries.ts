import {
  type Actor,
  AppError,
  can,
  defaultLessonObservationInstrument,
  type Instrument,
  type InstrumentDefinition,
  type InstrumentResource,
  type InstrumentVersion,
  type Translations,
} from '@mentora/core';
import { newId } from '../../clock';
import type { Db } from '../../db/connect';
import { parseJsonObject } from '../../db/json';
import type { InstrumentRow, InstrumentVersionRow } from './schema';

export function instrumentRowToInstrument(r: InstrumentRow): Instrument {
  return { ...r, name: parseJsonObject<Translations>(r.name) };
}

export function versionRowToVersion(r: InstrumentVersionRow): InstrumentVersion {
  return { ...r, definition: parseJsonObject<InstrumentDefinition>(r.definition) };
}

export const instrumentResource = (programId: string, published: boolean): InstrumentResource => ({
  type: 'instrument',
  programId,
  published,
});

/** The name every program's first instrument carries, in the program languages. */
export const DEFAULT_INSTRUMENT_NAME: Translations = {
  en: 'Lesson observation',
  ur: 'سبق کا مشاہدہ',
  sq: 'Vëzhgimi i orës mësimore',
  sr: 'Посматрање часа',
};

/**
 * The id of the version an observation uses when none is chosen: the latest published version of
 * the program's first instrument. A program without any instrument (made before migration 0008)
 * gets the default lesson-observation instrument as version 1, published — the same rows
 * `program.create` and the demo seed write. `stamp`: the writing transaction's time and version.
 */
export async function ensureDefaultInstrument(
  db: Db,
  programId: string,
  stamp: { now: string; version: number },
): Promise<string> {
  const first = await db
    .selectFrom('instruments')
    .select('id')
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .executeTakeFirst();
  if (first) {
    const published = await latestVersion(db, first.id, true);
    if (published) return published.id;
    throw new AppError('conflict', "The program's instrument has no published version yet: publish one first", [
      { path: 'instrumentVersionId', message: 'no published version' },
    ]);
  }
  const sync = { createdAt: stamp.now, updatedAt: stamp.now, deletedAt: null, version: stamp.version };
  const instrumentId = newId();
  await db
    .insertInto('instruments')
    .values({ id: instrumentId, programId, name: JSON.stringify(DEFAULT_INSTRUMENT_NAME), ...sync })
    .execute();
  const id = newId();
  await db
    .insertInto('instrumentVersions')
    .values({
      id,
      instrumentId,
      programId,
      number: 1,
      definition: JSON.stringify(defaultLessonObservationInstrument),
      publishedAt: stamp.now,
      frozenAt: null,
      ...sync,
    })
    .execute();
  return id;
}

/** The highest-numbered version of an instrument (only published ones when `published`). */
export async function latestVersion(db: Db, instrumentId: string, published = false) {
  let q = db
    .selectFrom('instrumentVersions')
    .selectAll()
    .where('instrumentId', '=', instrumentId)
    .where('deletedAt', 'is', null);
  if (published) q = q.where('publishedAt', 'is not', null);
  return q.orderBy('number', 'desc').executeTakeFirst();
}

export async function findVersion(db: Db, id: string) {
  return db
    .selectFrom('instrumentVersions')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function findInstrument(db: Db, id: string) {
  return db
    .selectFrom('instruments')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

/** A version `actor` may read (drafts: the program's admins only); not found otherwise. */
export async function getReadableVersion(db: Db, actor: Actor, instrumentId: string, n: number) {
  const v = await db
    .selectFrom('instrumentVersions')
    .selectAll()
    .where('instrumentId', '=', instrumentId)
    .where('number', '=', n)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!v || !can(actor, 'read', instrumentResource(v.programId, v.publishedAt !== null)))
    throw new AppError('not_found', 'Instrument version not found');
  return versionRowToVersion(v);
}

/** The program's instruments `actor` may read, each with the versions they may read (number order). */
export async function listInstruments(db: Db, actor: Actor, programId: string) {
  if (!can(actor, 'read', instrumentResource(programId, true))) throw new AppError('not_found', 'Program not found');
  const [instruments, versions] = await Promise.all([
    db
      .selectFrom('instruments')
      .selectAll()
      .where('programId', '=', programId)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('instrumentVersions')
      .select(['id', 'instrumentId', 'number', 'publishedAt', 'frozenAt', 'programId'])
      .where('programId', '=', programId)
      .where('deletedAt', 'is', null)
      .orderBy('number')
      .execute(),
  ]);
  const readable = versions.filter((v) => can(actor, 'read', instrumentResource(v.programId, v.publishedAt !== null)));
  return instruments.map((i) => ({
    ...instrumentRowToInstrument(i),
    versions: readable
      .filter((v) => v.instrumentId === i.id)
      .map((v) => ({ id: v.id, number: v.number, publishedAt: v.publishedAt, frozenAt: v.frozenAt })),
  }));
}
