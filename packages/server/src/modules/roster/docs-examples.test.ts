import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from './commands';
import { type RosterWorld, rosterWorld } from './roster-world';

// The examples program admins copy from docs/import-formats.md must import as they are.
const doc = readFileSync(new URL('../../../../../docs/import-formats.md', import.meta.url), 'utf8');
const examples = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => Buffer.from(m[1] ?? '', 'utf8'));

describe('docs/import-formats.md examples', () => {
  let w: RosterWorld;
  beforeEach(async () => {
    w = await rosterWorld({ bare: true });
  });
  afterEach(() => w.close());

  it('import: both school files, then the teachers', async () => {
    expect(examples).toHaveLength(3);
    const [pakistan, kosovo, teachers] = examples;
    const run = (kind: 'schools' | 'teachers', bytes: Buffer | undefined) =>
      importRoster(w.deps, w.admin, {
        programId: w.programId,
        kind,
        mode: 'commit',
        filename: `${kind}.csv`,
        bytes: bytes ?? Buffer.alloc(0),
      }).catch((e: unknown) => e);
    expect(await run('schools', pakistan)).toMatchObject({ ok: true, created: 6 });
    expect(await run('schools', kosovo)).toMatchObject({ ok: true, created: 3 });
    expect(await run('teachers', teachers)).toMatchObject({ ok: true, created: 5 });
  });
});
