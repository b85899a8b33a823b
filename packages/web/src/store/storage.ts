import { useEffect, useState } from 'preact/hooks';

/**
 * Whether `e` is the browser saying the phone's storage is full: IndexedDB's `QuotaExceededError`
 * (a DOMException), as it comes, or wrapped by Dexie (`inner`). Issue 10, kind 8.
 */
export function isStorageFull(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 4; depth++) {
    const name = (x as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || (x as { code?: unknown }).code === 22) return true;
    x = (x as { inner?: unknown }).inner;
  }
  return false;
}

/**
 * Asks the browser to keep this site's storage when space runs low (the Storage API's `persist()`):
 * without it, unsent work in the outbox sits in storage the browser may evict. Returns whether the
 * storage is persistent, or null where the browser has no Storage API. Never throws.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return null;
  }
}

export interface StorageState {
  /** null: the browser cannot tell. */
  persisted: boolean | null;
  /** Bytes used by this site and the quota the browser gives it; null when unknown. */
  usage: number | null;
  quota: number | null;
}

/** The phone's storage for Mentora, as Settings shows it. */
export function useStorageState(): StorageState | null {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage) return;
    Promise.all([storage.persisted?.().catch(() => null) ?? null, storage.estimate?.().catch(() => null) ?? null]).then(
      ([persisted, estimate]) =>
        setState({ persisted: persisted ?? null, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }),
    );
  }, []);
  return state;
}
