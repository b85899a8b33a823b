import { type Actor, AppError, type ContentResource, can } from '@mentora/core';
import { type Clock, isoNow } from '../../clock';
import { contentResources } from '../../content/resources';
import type { Db } from '../../db/connect';
import { readWithNotes } from '../meetings/queries';
import { readWithPlan } from '../plans/queries';

export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
/** Chunks small enough to get through a 2G connection before it drops. */
export const MAX_CHUNK = 256 * 1024;

type UploadRow = Awaited<ReturnType<typeof find>>;

async function find(db: Db, id: string) {
  return db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

export function present(u: NonNullable<UploadRow>) {
  return {
    id: u.id,
    filename: u.filename,
    contentType: u.contentType,
    size: Number(u.size),
    offset: Number(u.received),
    complete: u.completedAt !== null,
  };
}

/**
 * The policy resources of the live content records linking upload `id` (action reviews' `uploadIds`,
 * meeting artefacts' `uploadId`), each read with its parents, in bulk: a reader of one may read the file.
 */
async function linkedBy(db: Db, id: string): Promise<ContentResource[]> {
  const [reviews, artefacts] = await Promise.all([
    // uploadIds is a JSON array of ids (which hold no LIKE wildcards): the same match on both engines.
    db
      .selectFrom('actionReviews')
      .selectAll()
      .where('uploadIds', 'like', `%"${id}"%`)
      .where('deletedAt', 'is', null)
      .execute(),
    db.selectFrom('meetingArtefacts').selectAll().where('uploadId', '=', id).where('deletedAt', 'is', null).execute(),
  ]);
  const [r, a] = await Promise.all([
    readWithPlan(db, reviews).then((parents) => contentResources(db, 'actionReviews', 'action_plan', reviews, parents)),
    contentResources(db, 'meetingArtefacts', 'meeting_note', artefacts, readWithNotes(artefacts)),
  ]);
  return [...r.values(), ...a.values()] as ContentResource[];
}

/**
 * Someone else's upload reads as not found (its existence is not revealed), unless `action` is
 * `read` and the actor may read a record linking it (uploads policy).
 */
async function readable(db: Db, actor: Actor, id: string, action: 'read' | 'update') {
  const u = await find(db, id);
  if (!u) throw new AppError('not_found', 'Upload not found');
  const mine = u.ownerUserId === actor.userId;
  const links = !mine && action === 'read' ? await linkedBy(db, id) : [];
  if (!can(actor, action, { type: 'upload', ownerUserId: u.ownerUserId, linkedBy: links }))
    throw new AppError('not_found', 'Upload not found');
  return u;
}

/**
 * An upload no record has used is removed this many days after it was started (jobs/cleanup.ts,
 * hourly): long enough for a device that was offline to resume it and push the record using it.
 */
export const UNLINKED_UPLOAD_DAYS = 30;

/** Bytes of uploads a user has stored: declared sizes, so half-sent files count for what they reserve. */
async function storedBytes(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('uploads')
    .select((eb) => eb.fn.sum<number | string | null>('size').as('bytes'))
    .where('ownerUserId', '=', userId)
    .executeTakeFirst();
  return Number(r?.bytes ?? 0);
}

/**
 * Starting again with the same id is how a device resumes: it learns the offset to go on from.
 * A new upload must fit in the user's quota (`quotaBytes`, config UPLOAD_QUOTA_MB), else 413
 * `payload_too_large` on `size`. Two uploads started at the same instant may both pass the check:
 * the quota is a bound on abuse, not an exact ledger.
 */
export async function startUpload(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: { id: string; filename: string; contentType: string; size: number },
  quotaBytes: number,
) {
  const existing = await find(db, input.id);
  if (existing) {
    if (existing.ownerUserId !== actor.userId) throw new AppError('conflict', 'This upload id is taken');
    if (Number(existing.size) !== input.size || existing.contentType !== input.contentType)
      throw new AppError('conflict', 'An upload with this id but another size or type exists');
    return { created: false, upload: present(existing) };
  }
  const used = await storedBytes(db, actor.userId);
  if (used + input.size > quotaBytes)
    throw new AppError('payload_too_large', 'Your uploads would take more than your storage quota', [
      { path: 'size', message: `${quotaBytes - used} of ${quotaBytes} bytes left` },
    ]);
  const row = {
    ...input,
    ownerUserId: actor.userId,
    received: 0,
    createdAt: isoNow(clock),
    completedAt: null,
    linkedAt: null,
  };
  await db.insertInto('uploads').values(row).execute();
  return { created: true, upload: present(row) };
}

/** The policy check of a chunk, run by the route before the chunk is read. Throws `not_found`. */
export async function authorizeAppend(db: Db, actor: Actor, id: string): Promise<void> {
  await readable(db, actor, id, 'update');
}

export async function appendChunk(db: Db, actor: Actor, clock: Clock, id: string, offset: number, data: Buffer) {
  const u = await readable(db, actor, id, 'update');
  const received = Number(u.received);
  if (offset !== received)
    throw new AppError('conflict', `The upload continues at byte ${received}`, [
      { path: 'Upload-Offset', message: String(received) },
    ]);
  if (received + data.length > Number(u.size))
    throw new AppError('validation_failed', 'The chunk goes past the declared size', [
      { path: 'body', message: 'too long' },
    ]);
  if (data.length === 0) return present(u);
  await db.transaction().execute(async (trx) => {
    // The guarded update makes two racing chunks for the same offset safe: one wins, one is told to resume.
    const r = await trx
      .updateTable('uploads')
      .set({
        received: received + data.length,
        completedAt: received + data.length === Number(u.size) ? isoNow(clock) : null,
      })
      .where('id', '=', id)
      .where('received', '=', received)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1)
      throw new AppError('conflict', 'Another chunk arrived first; ask for the offset and resume');
    await trx.insertInto('uploadChunks').values({ uploadId: id, offset, data }).execute();
  });
  return present((await find(db, id)) as NonNullable<UploadRow>);
}

export async function uploadState(db: Db, actor: Actor, id: string) {
  return present(await readable(db, actor, id, 'read'));
}

export async function uploadContent(db: Db, actor: Actor, id: string) {
  const u = await readable(db, actor, id, 'read');
  if (u.completedAt === null) throw new AppError('conflict', 'The upload is not complete yet');
  const chunks = await db
    .selectFrom('uploadChunks')
    .select(['data'])
    .where('uploadId', '=', id)
    .orderBy('offset')
    .execute();
  return {
    contentType: u.contentType,
    filename: u.filename,
    body: Buffer.concat(chunks.map((c) => Buffer.from(c.data))),
  };
}

/**
 * Marks a complete upload of the actor as used by a record (call it in the command's transaction),
 * so the cleanup keeps it. Someone else's upload reads as not found; an unfinished one is a 409.
 */
export async function linkUpload(trx: Db, actor: Actor, id: string, now: string): Promise<void> {
  const u = await readable(trx, actor, id, 'update');
  if (u.completedAt === null) throw new AppError('conflict', 'The upload is not complete yet');
  if (u.linkedAt === null) await trx.updateTable('uploads').set({ linkedAt: now }).where('id', '=', id).execute();
}

/**
 * Removes uploads (and their bytes) that no record used within UNLINKED_UPLOAD_DAYS days of being
 * started: nothing can reach them, yet they count against their owner's quota. Returns how many.
 */
export async function removeUnlinkedUploads(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - UNLINKED_UPLOAD_DAYS * 86_400_000).toISOString();
  return db.transaction().execute(async (trx) => {
    const stale = trx.selectFrom('uploads').select('id').where('linkedAt', 'is', null).where('createdAt', '<', before);
    await trx.deleteFrom('uploadChunks').where('uploadId', 'in', stale).execute();
    const r = await trx
      .deleteFrom('uploads')
      .where('linkedAt', 'is', null)
      .where('createdAt', '<', before)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  });
}
