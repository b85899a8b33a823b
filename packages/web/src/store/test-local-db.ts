import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { deleteLocalDb, type LocalDb, openLocalDb } from './db';

/**
 * For store tests: opens fresh local stores (fake-indexeddb) and closes and deletes every one
 * after each test. Call once at the top of a test file.
 */
export function localDbs(prefix: string): () => Promise<LocalDb> {
  const opened: LocalDb[] = [];
  let n = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await deleteLocalDb(db.userId);
    }
  });
  return async () => {
    const db = await openLocalDb(`${prefix}-${n++}`);
    opened.push(db);
    return db;
  };
}
