import type { LocalDb, UploadEntry } from './db';
import { uuidv7 } from './uuid';

/**
 * Attachments go up in chunks a 2G connection can carry, and resume where they stopped: after a
 * dropped connection, a reload, days offline. The file waits in IndexedDB until the server has it.
 */
export const CHUNK_BYTES = 256 * 1024;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const PHOTO_MAX_SIDE = 1600;
export const PHOTO_QUALITY = 0.8;

export class UploadRefused extends Error {
  constructor(readonly code: 'unsupported_media_type' | 'payload_too_large') {
    super(code);
  }
}

/** What the uploader needs of the network: `fetch`, and the session's CSRF token for writes. */
export interface UploadHttp {
  fetch(url: string, init: RequestInit): Promise<Response>;
  csrfToken(): string | null;
}

/** A photo, its longest side at most 1,600 px, as JPEG at quality 0.8 (phone photos are 4–8 MB). */
export async function resizePhoto(blob: Blob, maxSide = PHOTO_MAX_SIDE, quality = PHOTO_QUALITY): Promise<Blob> {
  const bitmap = await createImageBitmap(blob);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  let out: Blob | null;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    out = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    out = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  }
  bitmap.close();
  // A small JPEG can come out bigger re-encoded: keep whichever is smaller.
  if (!out || (blob.type === 'image/jpeg' && scale === 1 && out.size >= blob.size)) return blob;
  return out;
}

const isPhoto = (type: string) => type === 'image/jpeg' || type === 'image/png' || type === 'image/webp';

/** Checks, shrinks a photo, and queues the file; it goes up at the next sync round. */
export async function queueUpload(
  db: LocalDb,
  file: Blob,
  filename: string,
  options: { resize?: (blob: Blob) => Promise<Blob>; now?: Date } = {},
): Promise<UploadEntry> {
  if (!(UPLOAD_TYPES as readonly string[]).includes(file.type)) throw new UploadRefused('unsupported_media_type');
  let blob = file;
  let name = filename;
  if (isPhoto(file.type)) {
    blob = await (options.resize ?? resizePhoto)(file);
    if (blob.type === 'image/jpeg' && file.type !== 'image/jpeg') name = `${name.replace(/\.[^.]*$/, '')}.jpg`;
  }
  if (blob.size > MAX_UPLOAD_BYTES) throw new UploadRefused('payload_too_large');
  const entry: UploadEntry = {
    id: uuidv7(),
    filename: name,
    contentType: blob.type,
    size: blob.size,
    blob,
    offset: 0,
    status: 'queued',
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  await db.uploads.add(entry);
  return entry;
}

/** A failed upload request: `status` 0 is no network (retried later), 4xx refuses the file. */
export class UploadHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: { message: string }[] = [],
  ) {
    super(code);
  }
}

async function call(http: UploadHttp, url: string, init: RequestInit): Promise<Record<string, unknown>> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  const token = http.csrfToken();
  if (token && init.method !== 'GET') headers.set('x-csrf-token', token);
  let res: Response;
  try {
    res = await http.fetch(url, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new UploadHttpError(0, 'network');
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    const error = (body.error ?? {}) as { code?: string; details?: { message: string }[] };
    throw new UploadHttpError(res.status, error.code ?? 'unknown', error.details ?? []);
  }
  return body;
}

/** The server's offset after a 409: from the error's details, else asked for. */
async function serverOffset(http: UploadHttp, id: string, e: UploadHttpError): Promise<number> {
  const told = Number(e.details[0]?.message);
  if (Number.isInteger(told) && told >= 0) return told;
  const state = await call(http, `/api/uploads/${id}`, { method: 'GET' });
  return Number(state.offset ?? 0);
}

/**
 * Sends one file: announces it (the same id again answers with how much the server has), then
 * PATCHes 256 KB chunks from that offset, recording progress after each so a reload resumes.
 */
export async function sendUpload(db: LocalDb, entry: UploadEntry, http: UploadHttp): Promise<UploadEntry> {
  let current = entry;
  const save = async (changes: Partial<UploadEntry>) => {
    current = { ...current, ...changes };
    await db.uploads.update(current.id, changes);
  };
  try {
    const started = await call(http, '/api/uploads', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: current.id,
        filename: current.filename,
        contentType: current.contentType,
        size: current.size,
      }),
    });
    await save({ offset: Number(started.offset ?? 0) });
    let complete = started.complete === true;
    for (let guard = 0; !complete && guard < 10_000; guard++) {
      const chunk = current.blob.slice(current.offset, current.offset + CHUNK_BYTES);
      try {
        const answer = await call(http, `/api/uploads/${current.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(current.offset) },
          body: chunk,
        });
        await save({ offset: Number(answer.offset ?? current.offset + chunk.size) });
        complete = answer.complete === true;
      } catch (e) {
        if (!(e instanceof UploadHttpError) || e.status !== 409) throw e;
        await save({ offset: await serverOffset(http, current.id, e) });
      }
    }
    // The server has it: the bytes leave the phone, the record (its id) stays for what links to it.
    await save({ status: 'done', offset: current.size, blob: new Blob([], { type: current.contentType }) });
  } catch (e) {
    if (!(e instanceof UploadHttpError) || e.status === 0 || e.status >= 500 || e.status === 401) throw e;
    // Refused (type, size): kept and shown with the reason, never dropped silently.
    await save({ status: 'failed', error: e.code });
  }
  return current;
}

/** Sends the queued files, oldest first; stops at the first network failure (the next round resumes). */
export async function runUploads(db: LocalDb, http: UploadHttp): Promise<void> {
  const queued = (await db.uploads.orderBy('createdAt').toArray()).filter((u) => u.status === 'queued');
  for (const entry of queued) await sendUpload(db, entry, http);
}

/** Puts a refused upload back in the queue (after the server's limits changed, say). */
export async function retryUpload(db: LocalDb, id: string): Promise<void> {
  await db.uploads.update(id, { status: 'queued', error: undefined });
}
