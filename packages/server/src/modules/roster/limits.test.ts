import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from './commands';
import { count, csv, type RosterWorld, rosterWorld } from './roster-world';

describe('roster upload limit', () => {
  let w: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld();
  });
  afterEach(() => w.close());

  it("follows the deployment's MAX_UPLOAD_MB and imports nothing past it", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`Teacher ${i}`, 'female', `0301${String(i).padStart(7, '0')}`]);
    const bytes = csv([['full_name', 'gender', 'phone'], ...rows]);
    const before = await count(w.handle.db, 'persons');
    const small = { ...w.deps, config: { maxUploadBytes: bytes.length - 1 } };
    await expect(
      importRoster(small, w.admin, {
        programId: w.programId,
        kind: 'teachers',
        mode: 'preview',
        filename: 't.csv',
        bytes,
      }),
    ).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(await count(w.handle.db, 'persons')).toBe(before);
  });
});
