import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../../test/world';
import { newId } from '../../clock';

const CHUNK = 'application/offset+octet-stream';

describe('resumable uploads', () => {
  let w: World;
  let mentor: Client;
  beforeAll(async () => {
    w = await makeWorld();
    mentor = await w.as('mentor');
  });
  afterAll(() => w.close());

  it('takes a photo in chunks, survives a dropped connection by resuming at the server offset, and returns the same bytes', async () => {
    const photo = randomBytes(600 * 1024);
    const id = newId();
    const start = await mentor.send('POST', '/api/uploads', {
      id,
      filename: 'classroom.jpg',
      contentType: 'image/jpeg',
      size: photo.length,
    });
    expect(start.statusCode).toBe(201);
    const send = (offset: number, data: Buffer) =>
      w.app.inject({
        method: 'PATCH',
        url: `/api/uploads/${id}`,
        cookies: mentor.cookies,
        headers: { 'x-csrf-token': mentor.csrfToken, 'content-type': CHUNK, 'upload-offset': String(offset) },
        payload: data,
      });
    expect((await send(0, photo.subarray(0, 256 * 1024))).json()).toMatchObject({
      offset: 256 * 1024,
      complete: false,
    });
    // The connection dropped after that chunk; the device restarts and asks where to go on from.
    const again = await mentor.send('POST', '/api/uploads', {
      id,
      filename: 'classroom.jpg',
      contentType: 'image/jpeg',
      size: photo.length,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().offset).toBe(256 * 1024);
    const wrong = await send(0, photo.subarray(0, 1024));
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.details[0].message).toBe(String(256 * 1024));
    await send(256 * 1024, photo.subarray(256 * 1024, 512 * 1024));
    expect((await send(512 * 1024, photo.subarray(512 * 1024))).json()).toMatchObject({
      complete: true,
      offset: photo.length,
    });
    const content = await w.app.inject({ method: 'GET', url: `/api/uploads/${id}/content`, cookies: mentor.cookies });
    expect(content.headers['content-type']).toBe('image/jpeg');
    expect(createHash('sha256').update(content.rawPayload).digest('hex')).toBe(
      createHash('sha256').update(photo).digest('hex'),
    );
  });

  it('refuses oversize files and chunks, other types, and other users', async () => {
    const big = await mentor.send('POST', '/api/uploads', {
      id: newId(),
      filename: 'x.jpg',
      contentType: 'image/jpeg',
      size: 11 * 1024 * 1024,
    });
    expect(big.statusCode).toBe(400);
    const exe = await mentor.send('POST', '/api/uploads', {
      id: newId(),
      filename: 'x.exe',
      contentType: 'application/x-msdownload',
      size: 10,
    });
    expect(exe.statusCode).toBe(400);
    const id = newId();
    await mentor.send('POST', '/api/uploads', { id, filename: 'a.png', contentType: 'image/png', size: 1000 });
    const tooBigChunk = await w.app.inject({
      method: 'PATCH',
      url: `/api/uploads/${id}`,
      cookies: mentor.cookies,
      headers: { 'x-csrf-token': mentor.csrfToken, 'content-type': CHUNK, 'upload-offset': '0' },
      payload: randomBytes(300 * 1024),
    });
    expect(tooBigChunk.statusCode).toBe(413);
    const past = await w.app.inject({
      method: 'PATCH',
      url: `/api/uploads/${id}`,
      cookies: mentor.cookies,
      headers: { 'x-csrf-token': mentor.csrfToken, 'content-type': CHUNK, 'upload-offset': '0' },
      payload: randomBytes(1001),
    });
    expect(past.statusCode).toBe(400);
    const admin = await w.as('admin');
    expect((await admin.get(`/api/uploads/${id}`)).statusCode).toBe(404);
    const steal = await admin.send('POST', '/api/uploads', {
      id,
      filename: 'a.png',
      contentType: 'image/png',
      size: 1000,
    });
    expect(steal.statusCode).toBe(409);
  });
});
