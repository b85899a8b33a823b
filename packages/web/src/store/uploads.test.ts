import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { localDbs } from './test-local-db';
import { CHUNK_BYTES, MAX_UPLOAD_BYTES, queueUpload, runUploads, type UploadHttp, UploadRefused } from './uploads';

const device = localDbs('uploads-test');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The server's resumable upload API as the lead specified it: POST announces (the same id again
 * answers with the current offset), PATCH appends a chunk at `Upload-Offset`, 409 when the offset
 * is not the server's. `dropAfter` bytes the network fails mid-way, once.
 */
function fakeUploadServer(options: { dropAfter?: number; refuse?: number } = {}) {
  const files = new Map<string, { size: number; bytes: number[] }>();
  let dropAfter = options.dropAfter;
  const calls: string[] = [];
  const http: UploadHttp = {
    csrfToken: () => 'csrf',
    async fetch(url, init) {
      const headers = new Headers(init.headers);
      calls.push(`${init.method} ${url} ${headers.get('upload-offset') ?? ''}`.trim());
      if (headers.get('x-csrf-token') !== 'csrf' && init.method !== 'GET')
        return json(403, { error: { code: 'csrf_failed' } });
      if (init.method === 'POST') {
        if (options.refuse) return json(options.refuse, { error: { code: 'unsupported_media_type', details: [] } });
        const body = JSON.parse(String(init.body)) as { id: string; size: number };
        const known = files.get(body.id);
        if (!known) files.set(body.id, { size: body.size, bytes: [] });
        const f = files.get(body.id) ?? { size: 0, bytes: [] };
        return json(known ? 200 : 201, {
          id: body.id,
          offset: f.bytes.length,
          size: f.size,
          complete: f.bytes.length === f.size,
        });
      }
      const id = url.split('/').pop() ?? '';
      const f = files.get(id);
      if (!f) return json(404, { error: { code: 'not_found' } });
      if (init.method === 'GET')
        return json(200, { offset: f.bytes.length, size: f.size, complete: f.bytes.length === f.size });
      const offset = Number(headers.get('upload-offset'));
      if (headers.get('content-type') !== 'application/offset+octet-stream')
        return json(415, { error: { code: 'unsupported_media_type' } });
      if (offset !== f.bytes.length)
        return json(409, { error: { code: 'conflict', details: [{ message: String(f.bytes.length) }] } });
      const chunk = new Uint8Array(await (init.body as Blob).arrayBuffer());
      if (chunk.length > CHUNK_BYTES) return json(413, { error: { code: 'payload_too_large' } });
      if (dropAfter !== undefined && f.bytes.length + chunk.length > dropAfter) {
        // Half the chunk arrives, then the connection drops.
        for (const b of chunk.slice(0, Math.floor(chunk.length / 2))) f.bytes.push(b);
        dropAfter = undefined;
        throw new TypeError('Failed to fetch');
      }
      for (const b of chunk) f.bytes.push(b);
      return json(200, { offset: f.bytes.length, complete: f.bytes.length === f.size });
    },
  };
  return { http, files, calls };
}

const pdf = (size: number) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 251;
  return new Blob([bytes], { type: 'application/pdf' });
};

describe('queued uploads', () => {
  it('sends a file in chunks of at most 256 KB and then lets the bytes leave the phone', async () => {
    const db = await device();
    const server = fakeUploadServer();
    const entry = await queueUpload(db, pdf(600 * 1024), 'plan.pdf');
    await runUploads(db, server.http);
    expect(server.calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(3);
    const stored = server.files.get(entry.id);
    expect(stored?.bytes.length).toBe(600 * 1024);
    expect(stored?.bytes[1000]).toBe(1000 % 251);
    const done = await db.uploads.get(entry.id);
    expect(done).toMatchObject({ status: 'done', offset: 600 * 1024 });
    expect(done?.blob.size).toBe(0);
  });

  it('resumes from the offset the server reports after a dropped connection (409 on the retry)', async () => {
    const db = await device();
    const server = fakeUploadServer({ dropAfter: 300 * 1024 });
    const entry = await queueUpload(db, pdf(700 * 1024), 'notes.pdf');
    await expect(runUploads(db, server.http)).rejects.toMatchObject({ status: 0 });
    const waiting = await db.uploads.get(entry.id);
    expect(waiting).toMatchObject({ status: 'queued', offset: 256 * 1024 });
    // After a reload: the same id announced again answers with what the server holds.
    await runUploads(db, server.http);
    const stored = server.files.get(entry.id);
    expect(stored?.bytes.length).toBe(700 * 1024);
    expect(stored?.bytes.every((b, i) => b === i % 251)).toBe(true);
    expect((await db.uploads.get(entry.id))?.status).toBe('done');
  });

  it('uses the offset in a 409 when the device and the server disagree', async () => {
    const db = await device();
    const server = fakeUploadServer();
    const entry = await queueUpload(db, pdf(300 * 1024), 'a.pdf');
    await db.uploads.update(entry.id, { offset: 0 });
    // The server already holds 100 KB of it (sent by an earlier, interrupted attempt).
    server.files.set(entry.id, { size: 300 * 1024, bytes: Array.from({ length: 100 * 1024 }, (_, i) => i % 251) });
    await runUploads(db, server.http);
    expect(server.calls.some((c) => c.endsWith(String(100 * 1024)))).toBe(true);
    expect(server.files.get(entry.id)?.bytes.length).toBe(300 * 1024);
  });

  it('shrinks photos before queueing them, and refuses types and sizes the server would refuse', async () => {
    const db = await device();
    const resize = vi.fn(async () => new Blob([new Uint8Array(1234)], { type: 'image/jpeg' }));
    const photo = await queueUpload(db, new Blob([new Uint8Array(5000)], { type: 'image/png' }), 'class.png', {
      resize,
    });
    expect(resize).toHaveBeenCalledOnce();
    expect(photo).toMatchObject({ filename: 'class.jpg', contentType: 'image/jpeg', size: 1234 });
    await expect(queueUpload(db, new Blob(['x'], { type: 'text/plain' }), 'x.txt')).rejects.toBeInstanceOf(
      UploadRefused,
    );
    await expect(queueUpload(db, pdf(MAX_UPLOAD_BYTES + 1), 'big.pdf')).rejects.toMatchObject({
      code: 'payload_too_large',
    });
  });

  it('keeps a file the server refuses, with the reason, instead of dropping it', async () => {
    const db = await device();
    const server = fakeUploadServer({ refuse: 415 });
    const entry = await queueUpload(db, pdf(10), 'odd.pdf');
    await runUploads(db, server.http);
    expect(await db.uploads.get(entry.id)).toMatchObject({ status: 'failed', error: 'unsupported_media_type' });
    expect((await db.uploads.get(entry.id))?.blob.size).toBe(10);
  });
});
