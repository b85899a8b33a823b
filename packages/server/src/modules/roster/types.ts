import type { ErrorDetail } from '@mentora/core';
import { z } from 'zod';

// These HTTP-facing types belong in @mentora/core (ARCHITECTURE §6: web and server meet through
// core); they live here until the lead moves them.

export const RosterKind = z.enum(['schools', 'teachers']);
export type RosterKind = z.infer<typeof RosterKind>;
export const ImportMode = z.enum(['preview', 'commit']);
export type ImportMode = z.infer<typeof ImportMode>;
export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** docs/api.md "Import and export". */
export interface ImportReport {
  mode: ImportMode;
  kind: RosterKind;
  ok: boolean;
  rows: number;
  created: number;
  errors: ErrorDetail[];
  /** The first PREVIEW_ROWS rows as they will be stored. */
  preview: object[];
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
/** A report longer than this helps nobody; the rest is summarised in one entry. */
export const MAX_ERRORS = 1_000;
export const PREVIEW_ROWS = 50;
/** Rows per INSERT: 500 × ~15 columns stays far below SQLite's and PostgreSQL's bind limits. */
export const INSERT_CHUNK = 500;

/** What every row inserted by one import shares: one server version, one timestamp. */
export interface Stamp {
  version: number;
  now: string;
  newId: () => string;
}
