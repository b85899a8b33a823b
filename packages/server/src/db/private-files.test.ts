import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePrivateFile, restrictSqliteSidecars } from './private-files';

const dir = mkdtempSync(join(tmpdir(), 'mentora-private-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (f: string) => statSync(f).mode & 0o777;

describe('private files', () => {
  it('tightens a regular database file to 0600', () => {
    const file = join(dir, 'db.sqlite');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    ensurePrivateFile(file);
    expect(mode(file)).toBe(0o600);
  });

  // The probe found DATABASE_URL=/dev/null (as root) turned /dev/null into 0600 for everyone.
  it('never changes the mode of something that is not a regular file (a pipe, like /dev/null)', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', ['-m', '666', fifo]);
    chmodSync(fifo, 0o666);
    ensurePrivateFile(fifo);
    expect(mode(fifo)).toBe(0o666);
    const sidecar = join(dir, 'side.sqlite');
    execFileSync('mkfifo', ['-m', '666', `${sidecar}-wal`]);
    chmodSync(`${sidecar}-wal`, 0o666);
    restrictSqliteSidecars(sidecar);
    expect(mode(`${sidecar}-wal`)).toBe(0o666);
  });
});
