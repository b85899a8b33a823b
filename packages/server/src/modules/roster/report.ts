import type { ErrorDetail } from '@mentora/core';
import type { z } from 'zod';
import { headerKey } from './parse';
import { MAX_ERRORS } from './types';

/** Collects row errors up to a cap, then only counts, so a broken 20,000-row file stays readable. */
export class ErrorList {
  private readonly items: ErrorDetail[] = [];
  private dropped = 0;
  private readonly lines = new Set<number>();
  /** Cells whose value Excel changed: their one message says so; later ones would mislead. */
  private readonly settled = new Set<string>();
  constructor(private readonly cap = MAX_ERRORS) {}

  add(line: number, column: string | undefined, message: string): void {
    if (column !== undefined && this.settled.has(`${line}\n${column}`)) return;
    this.lines.add(line);
    if (this.items.length >= this.cap) this.dropped++;
    else this.items.push(column === undefined ? { line, message } : { line, column, message });
  }

  /** Reports a cell with the only message it gets: further `add`s for that cell are dropped. */
  addFinal(line: number, column: string, message: string): void {
    this.add(line, column, message);
    this.settled.add(`${line}\n${column}`);
  }

  /** True when any problem was reported on this line. */
  failed(line: number): boolean {
    return this.lines.has(line);
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  toArray(): ErrorDetail[] {
    return this.dropped === 0 ? [...this.items] : [...this.items, { message: `… and ${this.dropped} more` }];
  }
}

export interface ColumnSpec {
  columns: readonly string[];
  required: readonly string[];
  /** Columns of small numbers (grades, years), where a five-digit number is a date's serial. */
  smallNumbers: readonly string[];
}

/** Unknown, repeated or missing columns are reported on line 1; true when the header is usable. */
export function checkHeader(header: readonly string[], spec: ColumnSpec, errors: ErrorList): boolean {
  const before = errors.count;
  const seen = new Set<string>();
  for (const name of header) {
    const key = headerKey(name);
    if (!spec.columns.includes(key)) {
      errors.add(1, name, `unknown column; the columns are ${spec.columns.join(', ')}`);
    } else if (seen.has(key)) {
      errors.add(1, name, 'this column appears twice');
    }
    seen.add(key);
  }
  for (const req of spec.required) {
    if (!seen.has(req)) errors.add(1, req, 'this column is required');
  }
  return errors.count === before;
}

/** Maps zod issues on a model object (camelCase fields) to the spreadsheet's columns. */
export function addIssues(
  errors: ErrorList,
  line: number,
  issues: readonly z.core.$ZodIssue[],
  columnOf: Readonly<Record<string, string>>,
): void {
  for (const issue of issues) {
    const [field, index] = issue.path;
    const column = typeof field === 'string' ? (columnOf[field] ?? field) : undefined;
    const message = typeof index === 'number' ? `item ${index + 1}: ${issue.message}` : issue.message;
    errors.add(line, column, message);
  }
}

/** "a; b;;c" → ["a","b","c"]: the ";"-separated list cells (subjects, grades), without repeats. */
export function listCell(text: string): string[] {
  return [
    ...new Set(
      text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

export const blankToNull = (text: string | undefined): string | null =>
  text === undefined || text === '' ? null : text;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs one query per chunk of `values` (bind limits) and concatenates the rows. */
export async function selectIn<T>(
  values: Iterable<string>,
  size: number,
  query: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const unique = [...new Set(values)];
  const out: T[] = [];
  for (const chunk of chunks(unique, size)) out.push(...(await query(chunk)));
  return out;
}
