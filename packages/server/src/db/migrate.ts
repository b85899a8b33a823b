import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './connect';
import * as m0001 from './migrations/0001-foundation';
import * as m0002 from './migrations/0002-sync';
import * as m0003 from './migrations/0003-uploads';
import * as m0003b from './migrations/0003b-login-security';
import * as m0004 from './migrations/0004-storage-limits';
import * as m0005 from './migrations/0005-ops';
import * as m0005b from './migrations/0005b-sync-scope-indexes';

// Listed explicitly (not read from disk) so the same list runs under tsx, tests and bundles.
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-sync': m0002,
  '0003-uploads': m0003,
  // After 0003-uploads in name order (Kysely applies migrations sorted by name).
  '0003b-login-security': m0003b,
  '0004-storage-limits': m0004,
  '0005-ops': m0005,
  '0005b-sync-scope-indexes': m0005b,
};

/** Names of the migrations this version knows, oldest first (a restore refuses a newer database). */
export const knownMigrations: readonly string[] = Object.keys(migrations);

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
