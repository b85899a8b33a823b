import type { SyncTable } from '../sync/tables';
import { table } from './device-area';

/** A text that lost to a later edit of the same field: kept, visible, never silently dropped. */
export interface ConflictCopy {
  id: string;
  tableName: SyncTable;
  recordId: string;
  field: string;
  keptText: string;
  winningText: string;
  createdAt: string;
  version: number;
}

/** The sync area's own table: conflict copies travel with the record they belong to. */
export const syncDevice = { tables: { conflictCopies: table<ConflictCopy>('recordId') }, conflictFields: {} } as const;
