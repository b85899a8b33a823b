import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed PostgreSQL's bin directory (Debian layout), as .ci/run finds it. */
function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.length ? join(root, versions.at(-1) as string, 'bin') : '';
  if (!bin || !existsSync(join(bin, 'pg_ctl')))
    throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  return bin;
}

export interface ThrowawayPg {
  /** Admin URL (database `postgres`, user `mentora`), for `freshDb`/`makeWorld`. */
  url: string;
  /** `pg_ctl restart` in `fast` (sessions told to end) or `immediate` (crash and recovery) mode. */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server and removes its data directory. */
  destroy(): Promise<void>;
}

/** A TCP port nobody listens on just now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * A PostgreSQL server of the test's own, in a temp dir on a free port, so a test can restart
 * it without disturbing the shared test server. Runs as `postgres` when the test runs as root
 * (initdb refuses root). Takes about two seconds to start.
 */
export async function startThrowawayPg(): Promise<ThrowawayPg> {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'mentora-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), 0);
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { timeout: 20_000 })
      : run(join(bin, tool), args, { timeout: 20_000 });
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'mentora', '--no-sync']);
  await pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', opts, 'start']);
  return {
    url: `postgres://mentora@127.0.0.1:${port}/postgres`,
    restart: async (mode) => {
      await pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-m', mode, '-o', opts, 'restart']);
    },
    destroy: async () => {
      await pg('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
