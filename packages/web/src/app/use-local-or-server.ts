import type { LocalDb } from '../store/db';
import { localDb } from '../store/device';
import { useLive } from '../store/live';
import { useResource } from './use-resource';

export interface LocalOrServer<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  /** True when the record is not in this device's working set and came from the server. */
  fromServer: boolean;
  reload: () => void;
}

/**
 * Working data comes from the local store (and works offline); a record outside the working set
 * (an admin browsing the whole program) comes from the server instead.
 */
export function useLocalOrServer<T>(
  local: (db: LocalDb) => Promise<T | undefined>,
  server: () => Promise<T>,
  deps: readonly unknown[],
): LocalOrServer<T> {
  const db = localDb.value;
  const live = useLive(db, local, deps);
  const fromServer = !db || (live.loaded && live.value === undefined);
  const remote = useResource(() => (fromServer ? server() : Promise.resolve(undefined)), [fromServer, ...deps]);
  return fromServer
    ? { data: remote.data, loading: remote.loading, error: remote.error, fromServer, reload: remote.reload }
    : { data: live.value, loading: !live.loaded, error: undefined, fromServer, reload: remote.reload };
}
