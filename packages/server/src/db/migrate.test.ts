import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knownMigrations } from './migrate';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Migrations are found on disk (no list to edit when an area adds one, docs/adding-an-area.md).
 * A file that is not a migration in that folder would be skipped silently, so this says so loudly.
 */
describe('migrations found on disk', () => {
  it('every file in migrations/ is a migration the migrator knows, in name order', async () => {
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(await knownMigrations()).toEqual(files);
  });

  it('names start with a four-digit number (and an optional letter), so name order is the order they were written', async () => {
    for (const name of await knownMigrations()) expect(name).toMatch(/^\d{4}[a-z]?-[a-z0-9-]+$/);
  });
});
