import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Mutation } from '@mentora/core';
import SqliteDatabase from 'better-sqlite3';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../test/harness';
import { startThrowawayPg, type ThrowawayPg } from '../../test/throwaway-pg';
import { makeWorld, type World } from '../../test/world';
import { newId } from '../clock';

/** A 503 in the documented shape, with a hint when to retry; never a 500 during an outage. */
function expectOutageAnswer(res: LightMyRequestResponse) {
  expect([200, 201, 503], `${res.statusCode} ${res.body}`).toContain(res.statusCode);
  if (res.statusCode !== 503) return;
  expect(res.headers['retry-after']).toMatch(/^\d+$/);
  const body = res.json();
  expect(body.error.code).toBe('unavailable');
  expect(typeof body.error.message).toBe('string');
  expect(Array.isArray(body.error.details)).toBe(true);
}

/**
 * Three REST writers and one syncing device write while `disrupt` runs, then until service is
 * back. Returns every answer; asserts afterwards that every acknowledged write is stored and the
 * device's outbox drained completely (a 503 mid-push keeps the outbox on the device).
 */
interface Progress {
  /** Answers 503 so far. */
  outages(): number;
  /** Writes answered 2xx so far. */
  acknowledged(): number;
}

async function writeThrough(w: World, disrupt: (progress: Progress) => Promise<void>) {
  const admin = await w.as('admin');
  const mentor = await w.as('mentor');
  const answers: LightMyRequestResponse[] = [];
  const acknowledged: string[] = [];
  const outages = () => answers.filter((a) => a.statusCode === 503).length;
  let stop = false;
  const writer = async () => {
    while (!stop && answers.length < 3000) {
      const id = newId();
      const res = await admin.send('POST', '/api/persons', { id, programId: w.programId, fullName: `Outage ${id}` });
      answers.push(res);
      if (res.statusCode === 201) acknowledged.push(id);
      else await sleep(10);
    }
  };
  const clientId = randomUUID();
  let outbox: Mutation[] = [];
  let nextId = 1;
  const pushOutbox = async () => {
    const res = await mentor.send('POST', '/api/sync/push', { clientId, mutations: outbox });
    answers.push(res);
    if (res.statusCode === 200) {
      const last: number = res.json().lastMutationId;
      outbox = outbox.filter((m) => m.id > last);
    }
    return res.statusCode;
  };
  const device = async () => {
    while (!stop && answers.length < 3000) {
      outbox.push({ id: nextId, name: 'person.update', args: { id: w.people.mentor, fullName: `Mentor ${nextId}` } });
      nextId += 1;
      if ((await pushOutbox()) !== 200) await sleep(10);
    }
  };
  const load = [writer(), writer(), writer(), device()];
  try {
    await disrupt({ outages, acknowledged: () => acknowledged.length });
  } finally {
    stop = true;
    await Promise.all(load);
  }
  for (const a of answers) expectOutageAnswer(a);

  // Service resumes by itself: no restart of the app, no manual step.
  const deadline = Date.now() + 15_000;
  while (outbox.length && Date.now() < deadline) if ((await pushOutbox()) !== 200) await sleep(100);
  expect(outbox).toEqual([]);
  const person = await mentor.get(`/api/persons/${w.people.mentor}`);
  expect(person.statusCode).toBe(200);
  expect(person.json().person.fullName).toBe(`Mentor ${nextId - 1}`);

  const stored = await w.handle.db.selectFrom('persons').select('id').where('fullName', 'like', 'Outage %').execute();
  const storedIds = new Set(stored.map((r) => r.id));
  expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
  return { answers, acknowledged };
}

if (engine === 'postgres') {
  describe('PostgreSQL outages under write load', () => {
    let w: World;
    beforeAll(async () => {
      w = await makeWorld();
    });
    afterAll(() => w.close());

    it('answers 503 while every connection is killed, and resumes with no acknowledged write lost', async () => {
      const dbName = (await sql<{ db: string }>`SELECT current_database() AS db`.execute(w.handle.db)).rows[0]?.db;
      const killer = new pg.Client({ connectionString: process.env.MENTORA_TEST_PG_URL });
      await killer.connect();
      const { answers, acknowledged } = await writeThrough(w, async ({ outages }) => {
        // What a restart does to the app's sessions, without restarting the server others share:
        // for at least 2 s (and until 5 requests met the outage, at most 8 s), with writes between.
        const start = Date.now();
        while ((Date.now() - start < 2_000 || outages() < 5) && Date.now() - start < 8_000) {
          await killer.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
            [dbName],
          );
          await sleep(200);
        }
      });
      await killer.end();
      expect(answers.filter((a) => a.statusCode === 503).length).toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThan(0);
    });
  });

  describe('a real PostgreSQL restart under write load', () => {
    let server: ThrowawayPg;
    let w: World;
    beforeAll(async () => {
      server = await startThrowawayPg();
      w = await makeWorld(undefined, server.url);
    });
    afterAll(async () => {
      await w?.close().catch(() => undefined);
      await server?.destroy();
    });

    it('survives pg_ctl restart in fast and immediate mode', async () => {
      const { answers, acknowledged } = await writeThrough(w, async () => {
        await sleep(300);
        await server.restart('fast');
        await sleep(500);
        await server.restart('immediate');
        await sleep(300);
      });
      expect(answers.filter((a) => a.statusCode === 503).length).toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThan(0);
    });
  });
} else {
  // SQLite has no server to restart; its outage is a database another process holds locked
  // (a backup, a restore, a second app process) past the busy timeout.
  describe('SQLite locked by another process', () => {
    let w: World;
    beforeAll(async () => {
      w = await makeWorld();
    });
    afterAll(() => w.close());

    it('answers 503 with Retry-After while the database is locked, and resumes after', async () => {
      const file = (await sql<{ file: string }>`PRAGMA database_list`.execute(w.handle.db)).rows[0]?.file as string;
      await sql`PRAGMA busy_timeout = 200`.execute(w.handle.db);
      const other = new SqliteDatabase(file);
      try {
        const { answers } = await writeThrough(w, async ({ outages, acknowledged }) => {
          await sleep(300);
          other.exec('BEGIN IMMEDIATE');
          const until = Date.now() + 8_000;
          while (Date.now() < until && outages() < 3) await sleep(20);
          other.exec('ROLLBACK');
          const before = acknowledged();
          await sleep(300);
          expect(acknowledged()).toBeGreaterThan(before); // writes resumed under load
        });
        expect(answers.filter((a) => a.statusCode === 503).length).toBeGreaterThan(0);
      } finally {
        other.close();
        await sql`PRAGMA busy_timeout = 5000`.execute(w.handle.db);
      }
    });
  });
}
