import { type Actor, AppError, can } from '@mentora/core';
import { type Clock, isoNow } from '../../clock';
import type { Db } from '../../db/connect';

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

/** Someone else's upload reads as not found: its existence is not revealed. */
async function readable(db: Db, actor: Actor, id: string, action: 'read' | 'update') {
  const u = await find(db, id);
  if (!u || !can(actor, action, { type: 'upload', ownerUserId: u.ownerUserId }))
    throw new AppError('not_found', 'Upload not found');
  return u;
}

/** Starting again with the same id is how a device resumes: it learns the offset to go on from. */
export async function startUpload(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: { id: string; filename: string; contentType: string; size: number },
) {
  const existing = await find(db, input.id);
  if (existing) {
    if (existing.ownerUserId !== actor.userId) throw new AppError('conflict', 'This upload id is taken');
    if (Number(existing.size) !== input.size || existing.contentType !== input.contentType)
      throw new AppError('conflict', 'An upload with this id but another size or type exists');
    return { created: false, upload: present(existing) };
  }
  const row = { ...input, ownerUserId: actor.userId, received: 0, createdAt: isoNow(clock), completedAt: null };
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
