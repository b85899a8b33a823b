import { setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../test/harness';
import { makeWorld, type World } from '../../test/world';
import { newId } from '../clock';

/**
 * Makes the database refuse writes at the engine level while reads keep working, as a full disk,
 * a read-only mount or a failover to a standby do: SQLite `PRAGMA query_only` on the app's one
 * connection; PostgreSQL `default_transaction_read_only` on the database, with the app's
 * connections dropped so the pool reconnects under the new setting.
 */
async function setWritable(w: World, writable: boolean) {
  if (engine === 'sqlite') {
    await sql.raw(`PRAGMA query_only = ${writable ? 'OFF' : 'ON'}`).execute(w.handle.db);
    return;
  }
  const db = (await sql<{ db: string }>`SELECT current_database() AS db`.execute(w.handle.db)).rows[0]?.db as string;
  const admin = new pg.Client({ connectionString: process.env.MENTORA_TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(
      writable
        ? `ALTER DATABASE ${db} RESET default_transaction_read_only`
        : `ALTER DATABASE ${db} SET default_transaction_read_only = on`,
    );
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [db],
    );
    // Wait until the server has ended them and the pool has seen the sockets close.
    const others = 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()';
    for (let i = 0; i < 100 && (await admin.query(others, [db])).rows[0].n > 0; i++) await sleep(20);
    await sleep(50);
  } finally {
    await admin.end();
  }
}

/**
 * Another process's write lock on the health row: SQLite `BEGIN IMMEDIATE` on a second connection
 * to the same file; PostgreSQL a row lock (`SELECT … FOR UPDATE`) held open on a second client.
 * Returns the release.
 */
async function holdWriteLock(w: World): Promise<() => Promise<void>> {
  if (engine === 'sqlite') {
    const file = (await sql<{ file: string }>`PRAGMA database_list`.execute(w.handle.db)).rows[0]?.file as string;
    const other = new SqliteDatabase(file);
    other.exec('BEGIN IMMEDIATE');
    other.prepare('UPDATE health_probe SET checked_at = checked_at WHERE id = 1').run();
    return async () => {
      other.exec('ROLLBACK');
      other.close();
    };
  }
  const db = (await sql<{ db: string }>`SELECT current_database() AS db`.execute(w.handle.db)).rows[0]?.db as string;
  const url = new URL(process.env.MENTORA_TEST_PG_URL as string);
  url.pathname = `/${db}`;
  const other = new pg.Client({ connectionString: url.toString() });
  await other.connect();
  await other.query('BEGIN');
  await other.query('SELECT id FROM health_probe WHERE id = 1 FOR UPDATE');
  return async () => {
    await other.query('ROLLBACK');
    await other.end();
  };
}

/** Asks until the answer is not a dropped-connection 503 (the pool reconnects on the next query). */
async function health(w: World) {
  let res = await w.app.inject({ method: 'GET', url: '/api/health' });
  for (let i = 0; i < 5 && res.json().error?.code === 'unavailable'; i++)
    res = await w.app.inject({ method: 'GET', url: '/api/health' });
  return res;
}

describe('health check and answers that hold personal data', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('reports degraded (503) while the database cannot write, and ok again after', async () => {
    const ok = await health(w);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'ok', engine });

    const admin = await w.as('admin'); // a login writes a session: log in while the database can write
    await setWritable(w, false);
    try {
      const degraded = await health(w);
      expect(degraded.statusCode).toBe(503);
      expect(degraded.headers['retry-after']).toMatch(/^\d+$/);
      expect(degraded.json()).toMatchObject({ status: 'degraded', engine, database: 'cannot_write' });

      // The same kind: a write the engine refuses is a 503 the client retries, never a 500.
      const write = await admin.send('POST', '/api/persons', {
        id: newId(),
        programId: w.programId,
        fullName: 'Read only',
      });
      expect(write.statusCode, write.body).toBe(503);
      expect(write.json().error.code).toBe('unavailable');
      expect((await admin.get(`/api/persons/${w.people.mentor}`)).statusCode).toBe(200);
    } finally {
      await setWritable(w, true);
    }
    const back = await health(w);
    expect(back.statusCode).toBe(200);
    expect(back.json().status).toBe('ok');
  });

  /**
   * Issue 6 retest B7: with the database locked by another process, health took 10.4 s to say 503
   * (busy_timeout 5 s, asked twice); load balancers give up at about 5 s and see a timeout instead.
   */
  it('answers 503 within 3 s while another process holds the write lock, and ok after', async () => {
    const release = await holdWriteLock(w);
    try {
      const started = Date.now();
      const res = await w.app.inject({ method: 'GET', url: '/api/health' });
      const took = Date.now() - started;
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json()).toMatchObject({ status: 'degraded', database: 'cannot_write' });
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(took).toBeLessThan(3000);
    } finally {
      await release();
    }
    const back = await w.app.inject({ method: 'GET', url: '/api/health' });
    expect(back.statusCode, back.body).toBe(200);
  }, 30_000);

  it('marks every /api answer no-store, errors and public answers included', async () => {
    const admin = await w.as('admin');
    const answers = [
      await admin.get('/api/auth/me'),
      await admin.get(`/api/persons/${w.people.mentee}`),
      await admin.get('/api/persons'),
      await admin.get('/api/org-units'),
      await admin.get(`/api/persons/${newId()}`), // 404
      await admin.send('POST', '/api/persons', { programId: w.programId }), // 400
      await w.app.inject({ method: 'GET', url: '/api/persons' }), // 401
      await w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'admin@test.mentora', password: 'wrong' },
      }),
      await w.app.inject({ method: 'GET', url: '/api/health' }),
    ];
    for (const res of answers) {
      expect(res.headers['content-type'], res.body).toMatch(/json/);
      expect(res.headers['cache-control'], `${res.statusCode} ${res.body}`).toBe('no-store');
    }
  });

  it('marks attachments no-store too: a classroom photo is personal data', async () => {
    const mentor = await w.as('mentor');
    const id = newId();
    const photo = Buffer.from('not really a jpeg, but bytes all the same');
    await mentor.send('POST', '/api/uploads', { id, filename: 'c.jpg', contentType: 'image/jpeg', size: photo.length });
    const chunk = await w.app.inject({
      method: 'PATCH',
      url: `/api/uploads/${id}`,
      cookies: mentor.cookies,
      headers: {
        'x-csrf-token': mentor.csrfToken,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
      },
      payload: photo,
    });
    expect(chunk.json()).toMatchObject({ complete: true });
    const content = await w.app.inject({ method: 'GET', url: `/api/uploads/${id}/content`, cookies: mentor.cookies });
    expect(content.statusCode).toBe(200);
    expect(content.headers['cache-control']).toBe('no-store');
  });

  // A really full disk cannot be made in a test; SQLite's page limit is the engine's own refusal
  // (SQLITE_FULL, "database or disk is full"), the error a full disk gives.
  if (engine === 'sqlite')
    it('answers 503, not 500, when SQLite is full, and writes again once there is room', async () => {
      const admin = await w.as('admin');
      const pages = (await sql<{ pageCount: number }>`PRAGMA page_count`.execute(w.handle.db)).rows[0]?.pageCount; // camel-cased by the plugin
      expect(pages).toBeGreaterThan(0);
      await sql.raw(`PRAGMA max_page_count = ${pages}`).execute(w.handle.db);
      const write = () =>
        admin.send('POST', '/api/persons', {
          id: newId(),
          programId: w.programId,
          fullName: `Full ${'x'.repeat(150)}`,
        });
      try {
        let res = await write();
        for (let i = 0; i < 2000 && res.statusCode === 201; i++) res = await write();
        expect(res.statusCode, res.body).toBe(503);
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.json().error.code).toBe('unavailable');
      } finally {
        await sql`PRAGMA max_page_count = 1073741823`.execute(w.handle.db);
      }
      expect((await write()).statusCode).toBe(201);
    });
});
