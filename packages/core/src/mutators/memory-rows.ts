import type { SyncRecords, SyncTable } from '../sync/tables';
import type { RowStore } from './row-store';

/**
 * A device's tables as plain maps: the RowStore of core's tests and of the server's simulated
 * sync device. No I/O.
 */
export class MemoryRows implements RowStore {
  readonly tables = new Map<SyncTable, Map<string, SyncRecords[SyncTable]>>();

  table<T extends SyncTable>(t: T): Map<string, SyncRecords[T]> {
    let m = this.tables.get(t);
    if (!m) {
      m = new Map();
      this.tables.set(t, m);
    }
    return m as Map<string, SyncRecords[T]>;
  }

  async get<T extends SyncTable>(t: T, id: string): Promise<SyncRecords[T] | undefined> {
    return this.table(t).get(id);
  }

  async find<T extends SyncTable, K extends keyof SyncRecords[T] & string>(
    t: T,
    field: K,
    value: SyncRecords[T][K],
  ): Promise<SyncRecords[T][]> {
    return [...this.table(t).values()].filter((r) => r[field] === value);
  }

  async put<T extends SyncTable>(t: T, row: SyncRecords[T]): Promise<void> {
    this.table(t).set(row.id, row);
  }

  async remove(t: SyncTable, id: string): Promise<void> {
    this.table(t).delete(id);
  }
}
