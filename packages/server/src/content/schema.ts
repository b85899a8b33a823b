import type { Visibility } from '@mentora/core';
import type { SyncColumns } from '../db/schema';

/** A share of one content record with one person (migration 0006): consent, revocable, audited. */
export interface ContentSharesTable extends SyncColumns {
  programId: string;
  /** The content table, as its sync table name (`needs`, `reflections`, …). */
  tableName: string;
  recordId: string;
  personId: string;
  grantedByPersonId: string;
  revokedAt: string | null;
}

/**
 * The columns every content table carries (core `ContentMeta`): a content table's type extends
 * this, so the shared scope and resource loaders below work on any of them.
 */
export interface ContentColumns extends SyncColumns {
  programId: string;
  groupId: string | null;
  ownerPersonId: string;
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
}

declare module '../db/schema' {
  interface Database {
    contentShares: ContentSharesTable;
  }
}
