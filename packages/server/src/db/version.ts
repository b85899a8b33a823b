import { sql } from 'kysely';
import type { Db } from './connect';

/**
 * Takes the next server version. The single-row counter is updated inside the caller's
 * transaction, so it also serialises writers: versions become visible in commit order and a
 * pull by "version > cursor" can never skip a row that commits late (unlike a sequence).
 */
export async function nextVersion(trx: Db): Promise<number> {
  const row = await trx
    .updateTable('serverClock')
    .set({ version: sql`version + 1` })
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}
