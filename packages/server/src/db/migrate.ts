import { readdir } from 'node:fs/promises';
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './connect';

/**
 * Every file in `migrations/` is a migration, applied in name order (`0006-plans.ts` after
 * `0005b-…`): adding one is adding a file, no list to edit (docs/adding-an-area.md). The server runs
 * from its TypeScript sources (tsx, vitest), so the folder holds `.ts` files. The import is ours, not
 * Kysely's `FileMigrationProvider`: an import made inside node_modules bypasses the test runner's
 * TypeScript loader.
 */
const folder = new URL('./migrations/', import.meta.url);
const provider: MigrationProvider = {
  async getMigrations() {
    const migrations: Record<string, Migration> = {};
    for (const file of (await readdir(folder)).filter((f) => f.endsWith('.ts')).sort()) {
      const m = (await import(new URL(file, folder).href)) as Partial<Migration>;
      if (typeof m.up !== 'function') throw new Error(`db/migrations/${file} is not a migration (no up()).`);
      migrations[file.slice(0, -3)] = m as Migration;
    }
    return migrations;
  },
};

/** Names of the migrations this version knows, oldest first (a restore refuses a newer database). */
export async function knownMigrations(): Promise<string[]> {
  return Object.keys(await provider.getMigrations()).sort();
}

/** Applies the migrations a database lacks, in name order; returns the names applied (empty when up to date). */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
