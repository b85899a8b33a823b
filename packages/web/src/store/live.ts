import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LocalDb } from './db';

export interface Live<T> {
  /** Undefined until the first answer. */
  value: T | undefined;
  loaded: boolean;
}

/**
 * A Dexie live query as component state: it re-runs whenever a table it read changes (a sync, a
 * dispatch), so screens reading the local store update by themselves. No database: not loaded.
 */
export function useLive<T>(db: LocalDb | null, query: (db: LocalDb) => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, loaded: false });
  useEffect(() => {
    if (!db) {
      setState({ value: undefined, loaded: false });
      return;
    }
    const sub = liveQuery(() => query(db)).subscribe({
      next: (value) => setState({ value, loaded: true }),
      error: (error: unknown) => console.warn('local query failed', error),
    });
    return () => sub.unsubscribe();
  }, [db, ...deps]);
  return state;
}
