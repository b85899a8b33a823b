import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeWorld, type World } from '../../../test/world';
import { newId } from '../../clock';
import { cleanup } from '../../jobs/cleanup';
import { loadActor } from '../auth/queries';
import { linkUpload, UNLINKED_UPLOAD_DAYS } from './store';

const CHUNK = 'application/offset+octet-stream';
const MB = 1024 * 1024;
const daysLater = (days: number) => ({ now: () => new Date(fixedClock.now().getTime() + days * 86_400_000) });

/** Defect 7: a logged-in user cannot fill the database with uploads. */
describe('upload quota and removal of unlinked uploads', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  const start = (c: Awaited<ReturnType<World['as']>>, size: number, id = newId()) =>
    c.send('POST', '/api/uploads', { id, filename: 'lesson.pdf', contentType: 'application/pdf', size });
  const count = async (t: 'uploads' | 'uploadChunks') =>
    Number(
      (
        await w.handle.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses an upload that would take a user over the quota; others are not affected', async () => {
    const head = await w.as('head');
    const quota = w.app.deps.config.uploadQuotaBytes;
    const each = w.app.deps.config.maxUploadBytes;
    expect(quota).toBe(200 * MB);
    for (let used = 0; used + each <= quota; used += each) expect((await start(head, each)).statusCode).toBe(201);
    const over = await start(head, each);
    expect(over.statusCode).toBe(413);
    expect(over.json().error).toMatchObject({ code: 'payload_too_large', details: [{ path: 'size' }] });
    expect((await start(await w.as('mentee'), each)).statusCode).toBe(201);
  });

  it(`removes uploads never linked to a record ${UNLINKED_UPLOAD_DAYS} days after they were started, bytes and all`, async () => {
    const mentor = await w.as('mentor');
    const kept = newId();
    const dropped = newId();
    for (const id of [kept, dropped]) {
      expect((await start(mentor, 4, id)).statusCode).toBe(201);
      const chunk = await w.app.inject({
        method: 'PATCH',
        url: `/api/uploads/${id}`,
        cookies: mentor.cookies,
        headers: { 'x-csrf-token': mentor.csrfToken, 'content-type': CHUNK, 'upload-offset': '0' },
        payload: Buffer.from('%PDF'),
      });
      expect(chunk.json().complete).toBe(true);
    }
    const user = await w.handle.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', mentor.me.userId)
      .executeTakeFirstOrThrow();
    const actor = await loadActor(w.handle.db, user, '2026-03-15');
    await w.handle.db.transaction().execute((trx) => linkUpload(trx, actor, kept, '2026-03-16T00:00:00.000Z'));

    const uploadsBefore = await count('uploads');
    expect((await cleanup(w.handle.db, daysLater(UNLINKED_UPLOAD_DAYS - 1))).uploads).toBe(0);
    expect(await count('uploads')).toBe(uploadsBefore);

    const removed = (await cleanup(w.handle.db, daysLater(UNLINKED_UPLOAD_DAYS + 1))).uploads;
    expect(removed).toBe(uploadsBefore - 1);
    // The month also expired every session: log in again.
    const back = await w.as('mentor');
    expect((await back.get(`/api/uploads/${dropped}`)).statusCode).toBe(404);
    const content = await w.app.inject({ method: 'GET', url: `/api/uploads/${kept}/content`, cookies: back.cookies });
    expect(content.body).toBe('%PDF');
    expect(await count('uploadChunks')).toBe(1);
    // The quota counts what is stored: the head teacher's space is free again.
    expect((await start(await w.as('head'), w.app.deps.config.maxUploadBytes)).statusCode).toBe(201);
  });

  it('links only a complete upload of the actor; someone else’s reads as not found', async () => {
    const mentor = await w.as('mentor');
    const id = newId();
    await start(mentor, 10, id);
    const load = async (userId: string) =>
      loadActor(
        w.handle.db,
        await w.handle.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow(),
        '2026-03-15',
      );
    // The actor is loaded before the transaction: SQLite has one connection, the transaction holds it.
    const link = async (userId: string) => {
      const actor = await load(userId);
      return w.handle.db.transaction().execute((trx) => linkUpload(trx, actor, id, '2026-03-16T00:00:00.000Z'));
    };
    await expect(link(mentor.me.userId)).rejects.toMatchObject({ code: 'conflict' });
    await expect(link((await w.as('mentee')).me.userId)).rejects.toMatchObject({ code: 'not_found' });
  });
});
