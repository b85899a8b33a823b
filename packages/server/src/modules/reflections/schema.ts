import type { ContentColumns } from '../../content/schema';

/** A portfolio entry (migration 0010): the content columns, the answers as JSON text, the link. */
export interface ReflectionsTable extends ContentColumns {
  promptSetKey: string;
  /** JSON object: prompt key → answer text. */
  answers: string;
  linkedType: string | null;
  linkedId: string | null;
  entryDate: string;
}

declare module '../../db/schema' {
  interface Database {
    reflections: ReflectionsTable;
  }
}
