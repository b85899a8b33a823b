import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A note beside the SQLite file saying which process serves it: `<database>.server-pid`, holding
 * the server's pid. `restore` refuses while that process lives (issue 6 retest B6: a restore under
 * a running server was silently undone, the server kept writing to the replaced file).
 *
 * Why a pid note: Node has no flock, and SQLite's own locks do not tell "a server has it open"
 * (under WAL readers hold no lock, and an idle server holds none at all). A server killed with
 * SIGKILL leaves the note behind; its pid is then dead and the note is ignored. A pid reused by
 * another process (or a server in another pid namespace or on another host sharing the file)
 * makes restore refuse or miss it; the operator may remove the note once sure no server runs.
 */
export function leaseFile(databaseFile: string): string {
  return `${resolve(databaseFile)}.server-pid`;
}

/** Writes the note (0600) for this process; returns the release, which removes it if still ours. */
export function holdServerLease(databaseFile: string): () => void {
  const file = leaseFile(databaseFile);
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  return () => {
    if (readPid(file) === process.pid) rmSync(file, { force: true });
  };
}

/** The pid of a live server using `databaseFile`, or null (no note, a dead pid, or this process). */
export function runningServer(databaseFile: string): number | null {
  const pid = readPid(leaseFile(databaseFile));
  if (pid === null || pid === process.pid) return null;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return pid;
  } catch (e) {
    // EPERM: it exists but belongs to another account, so it is alive.
    return (e as { code?: string }).code === 'EPERM' ? pid : null;
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
