import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Actor } from '@mentora/core';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../test/harness';
import { fixedClock } from '../../test/world';
import { COMMANDS } from '../app';
import { runCommand } from '../commands/run';
import { connect, type DbHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { backup } from './backup';
import { restore } from './restore';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');
const SYSTEM: Actor = {
  userId: 'test-system',
  personId: 'test-system',
  systemAdmin: true,
  assignments: [],
  groups: [],
};
const mode = (file: string) => statSync(file).mode & 0o777;

/** Runs the CLI as an operator would (`npm run cli -- …`); returns exit code and output. */
async function cli(args: string[], env: Record<string, string>) {
  try {
    const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts', ...args], {
      cwd: repo,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Starts `npm run cli -- start` on `file` in a child process; resolves once it listens. */
async function startServer(file: string) {
  const free = createServer().listen(0, '127.0.0.1');
  await once(free, 'listening');
  const port = (free.address() as { port: number }).port;
  await new Promise((r) => free.close(r));
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts', 'start'], {
    cwd: repo,
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: file, PORT: String(port), DEMO_DATA: 'never' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes('Mentora is running')) resolve();
    });
    child.stderr.on('data', (d) => {
      out += String(d);
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  });
  return {
    pid: child.pid as number,
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A plain operator's error: one line, no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

async function makeProgram(handle: DbHandle, name: string) {
  return (await runCommand({ db: handle.db, clock: fixedClock, commands: COMMANDS }, SYSTEM, 'program.create', {
    name,
    model: 'cluster',
    levelNames: ['province', 'district', 'cluster', 'school'],
    locales: ['en'],
    settings: { clusterMeetingDaysPerMonth: 2, maxMenteesPerMentor: 40 },
  })) as { id: string };
}

const programNames = (file: string) => {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM programs ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

if (engine === 'sqlite') {
  describe('SQLite files, backup and restore', () => {
    let dir: string;
    let live: DbHandle;
    let liveFile: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'mentora-ops-'));
      liveFile = join(dir, 'data', 'mentora.sqlite');
      live = connect(liveFile);
      await migrateToLatest(live.db);
      await makeProgram(live, 'PTMP Lasbella');
    });
    afterAll(async () => {
      await live.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('creates the database, its WAL and shared-memory files 0600 in a new 0700 data directory', () => {
      expect(mode(join(dir, 'data'))).toBe(0o700);
      for (const f of [liveFile, `${liveFile}-wal`, `${liveFile}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    });

    it('tightens a database file that an older version left world-readable', async () => {
      const file = join(dir, 'old.sqlite');
      writeFileSync(file, '');
      chmodSync(file, 0o644);
      const h = connect(file);
      await migrateToLatest(h.db);
      await h.close();
      expect(mode(file)).toBe(0o600);
    });

    it('writes a 0600 backup and refuses to overwrite an existing file', async () => {
      const target = join(dir, 'backups', 'one.sqlite');
      await backup(live, target);
      expect(mode(target)).toBe(0o600);
      expect(mode(join(dir, 'backups'))).toBe(0o700);
      await expect(backup(live, target)).rejects.toThrow(/already exists/);
    });

    it('restores a backup round trip, refusing a non-empty database unless forced', async () => {
      const saved = join(dir, 'round-trip.sqlite');
      await backup(live, saved);
      // Into a new place: the restored database is the backed-up one, and the app opens it.
      const fresh = join(dir, 'restored', 'mentora.sqlite');
      const r = await restore(saved, fresh);
      expect(r.programs).toBe(1);
      expect(mode(fresh)).toBe(0o600);
      const reopened = connect(fresh);
      expect(await migrateToLatest(reopened.db)).toEqual([]);
      expect((await reopened.db.selectFrom('programs').select('name').execute()).map((p) => p.name)).toEqual([
        'PTMP Lasbella',
      ]);
      await makeProgram(reopened, 'Written after the restore');
      await reopened.close();
      // Over a database with data: refused, nothing changed; with force: replaced, WAL included.
      await expect(restore(saved, fresh)).rejects.toThrow(/not empty.*--force/);
      expect(programNames(fresh)).toEqual(['PTMP Lasbella', 'Written after the restore']);
      await restore(saved, fresh, { force: true });
      expect(programNames(fresh)).toEqual(['PTMP Lasbella']);
    });

    it('refuses files that are not a Mentora backup', async () => {
      const text = join(dir, 'notes.txt');
      writeFileSync(text, 'not a database at all, just some text that is long enough');
      await expect(restore(text, join(dir, 'x1.sqlite'))).rejects.toThrow(/not a SQLite database/);
      const other = join(dir, 'other-app.sqlite');
      const o = new SqliteDatabase(other);
      o.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
      o.close();
      await expect(restore(other, join(dir, 'x2.sqlite'))).rejects.toThrow(/not a Mentora database/);
      const newer = join(dir, 'newer.sqlite');
      await backup(live, newer);
      const n = new SqliteDatabase(newer);
      n.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999-future', 'x');
      n.close();
      await expect(restore(newer, join(dir, 'x3.sqlite'))).rejects.toThrow(/newer version.*9999-future/);
      await expect(restore(join(dir, 'missing.sqlite'), join(dir, 'x4.sqlite'))).rejects.toThrow(/does not exist/);
      for (const x of ['x1', 'x2', 'x3', 'x4']) expect(existsSync(join(dir, `${x}.sqlite`))).toBe(false);
    });

    it('the CLI restores with npm run cli -- restore, and says what is wrong in one line', async () => {
      const saved = join(dir, 'cli-backup.sqlite');
      const target = join(dir, 'cli', 'mentora.sqlite');
      expect((await cli(['backup', saved], { DATABASE_URL: liveFile })).code).toBe(0);
      const again = await cli(['backup', saved], { DATABASE_URL: liveFile });
      expect(again.code).toBe(1);
      expectOneLine(again.stderr, /already exists/);
      const ok = await cli(['restore', saved], { DATABASE_URL: target });
      expect(ok.code, ok.stderr).toBe(0);
      expect(programNames(target)).toEqual(['PTMP Lasbella']);
      const refused = await cli(['restore', saved], { DATABASE_URL: target });
      expect(refused.code).toBe(1);
      expectOneLine(refused.stderr, /--force/);
      expect((await cli(['restore', saved, '--force'], { DATABASE_URL: target })).code).toBe(0);
      // A data directory that cannot be created (here: under a plain file) is one line, not a stack.
      writeFileSync(join(dir, 'plain-file'), 'x');
      const bad = await cli(['migrate'], { DATABASE_URL: join(dir, 'plain-file', 'db', 'mentora.sqlite') });
      expect(bad.code).toBe(1);
      expectOneLine(bad.stderr, /plain-file/);
    });

    /** Issue 6 retest B6: restore replaced the file under a running server; its writes were then lost. */
    it('refuses to restore while a server uses the database, and restores once it has stopped', async () => {
      const saved = join(dir, 'b6-backup.sqlite');
      await backup(live, saved);
      const target = join(dir, 'b6', 'mentora.sqlite');
      expect((await cli(['restore', saved], { DATABASE_URL: target })).code).toBe(0);
      const server = await startServer(target);
      try {
        const refused = await cli(['restore', saved, '--force'], { DATABASE_URL: target });
        expect(refused.code).toBe(1);
        expectOneLine(refused.stderr, new RegExp(`in use by a running server \\(pid ${server.pid}\\)`));
        expect(programNames(target)).toEqual(['PTMP Lasbella']);
      } finally {
        await server.stop();
      }
      expect(existsSync(`${target}.server-pid`)).toBe(false); // removed by a clean stop
      const ok = await cli(['restore', saved, '--force'], { DATABASE_URL: target });
      expect(ok.code, ok.stderr).toBe(0);
      // A server that died without stopping (kill -9) leaves its note behind; a dead pid does not block.
      writeFileSync(`${target}.server-pid`, '999999999\n');
      expect((await cli(['restore', saved, '--force'], { DATABASE_URL: target })).code).toBe(0);
    }, 90_000);

    /** Issue 6 retest B10: a wrong backup path was reported as "(database: <the target>)". */
    it('names the backup file, not the database, when the backup cannot be read', async () => {
      const target = join(dir, 'b10', 'mentora.sqlite');
      const folder = join(dir, 'a-folder');
      mkdirSync(folder);
      await expect(restore(folder, target)).rejects.toThrow(new RegExp(`^The backup ${folder} is not a file`));
      const r = await cli(['restore', folder], { DATABASE_URL: target });
      expect(r.code).toBe(1);
      expectOneLine(r.stderr, /a-folder/);
      expect(r.stderr).not.toContain(target);
      const unreadable = join(dir, 'b10-unreadable.sqlite');
      await backup(live, unreadable);
      writeFileSync(unreadable, Buffer.concat([readFileSync(unreadable).subarray(0, 100), Buffer.alloc(4096, 7)]));
      await expect(restore(unreadable, target)).rejects.toThrow(new RegExp(`^The backup ${unreadable} `));
      expect(existsSync(target)).toBe(false);
    });

    /** Issue 6 retest B11: Node's recursive mkdir under /proc never returned; migrate hung. */
    it('fails fast with one line when the data directory cannot be created', async () => {
      const started = Date.now();
      const r = await cli(['migrate'], { DATABASE_URL: '/proc/nope/x.sqlite' });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(r.code).toBe(1);
      expectOneLine(r.stderr, /\/proc\/nope/);
    }, 30_000);
  });
} else {
  describe('backup and restore on PostgreSQL', () => {
    it('point to pg_dump and pg_restore in one line', async () => {
      const env = { DATABASE_URL: process.env.MENTORA_TEST_PG_URL as string };
      const b = await cli(['backup', join(tmpdir(), 'never-written.sqlite')], env);
      expect(b.code).toBe(1);
      expectOneLine(b.stderr, /pg_dump/);
      const r = await cli(['restore', join(tmpdir(), 'never-read.dump')], env);
      expect(r.code).toBe(1);
      expectOneLine(r.stderr, /pg_restore/);
    });
  });
}
