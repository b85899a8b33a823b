import type { Selectable } from 'kysely';

/** A person's secret iCal feed (migration 0012): only the SHA-256 of its token is kept. */
export interface CalendarFeedsTable {
  id: string;
  personId: string;
  /** Hex SHA-256 of the URL's token. */
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

export type CalendarFeedRow = Selectable<CalendarFeedsTable>;

declare module '../../db/schema' {
  interface Database {
    calendarFeeds: CalendarFeedsTable;
  }
}
