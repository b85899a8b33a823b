import { AppError, type ErrorDetail, textProblem } from '@mentora/core';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { CellOrigin } from './excel-pitfalls';
import { MAX_ROWS } from './types';

/** One data row: `line` is the row number a spreadsheet shows (header = 1, first data row = 2). */
export interface SheetRow {
  line: number;
  /** Keyed by normalised header name (see `headerKey`); values trimmed. */
  cells: Record<string, string>;
  /** Same keys: what kind of cell each value came from, for the Excel checks (excel-pitfalls.ts). */
  origins: Record<string, CellOrigin>;
}

export interface ParsedSheet {
  /** Header names as written (trimmed); a blank header over data becomes "column N". */
  header: string[];
  rows: SheetRow[];
}

/** Headers match case-insensitively and ignore surrounding spaces. */
export const headerKey = (name: string): string => name.trim().toLowerCase();

/**
 * Reads a .csv or .xlsx upload into rows of text. Pure: no database, no clock.
 * Structural problems throw `validation_failed` with the line; too many rows `payload_too_large`.
 */
export async function parseSheet(bytes: Buffer, filename: string): Promise<ParsedSheet> {
  const ext = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const isZip = bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));
  if (ext === 'xlsx' || (isZip && ext !== 'csv')) return toSheet(await readXlsx(bytes));
  if (ext === 'csv' || ext === 'txt') {
    if (isZip) throw fileError('This file is a spreadsheet, not CSV text; upload it with the .xlsx extension');
    return toSheet(readCsv(bytes));
  }
  throw new AppError(
    'unsupported_media_type',
    ext === 'xls' || ext === 'ods'
      ? 'Save the sheet as Excel workbook (.xlsx) or as CSV UTF-8, then upload it again'
      : 'Upload a .csv or .xlsx file',
  );
}

type RawRow = { line: number; values: string[]; origins: CellOrigin[] };

function fileError(message: string, line = 1): AppError {
  return new AppError('validation_failed', message, [{ line, message }]);
}

function tooManyRows(): AppError {
  return new AppError(
    'payload_too_large',
    `The file has more than ${MAX_ROWS.toLocaleString('en')} rows; split it into smaller files`,
  );
}

function decodeText(bytes: Buffer): string {
  // Excel's "Unicode Text" is UTF-16LE with a BOM; it keeps Urdu intact, so accept it too.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV" writes the Windows code page and destroys Urdu and Cyrillic names.
    throw fileError('The file is not UTF-8 text; in Excel choose "Save as: CSV UTF-8 (Comma delimited)"');
  }
}

/** Excel in Albanian/Serbian locales writes ";" between cells; the header line tells which is used. */
function detectDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

// A leading "'" marks text, as when typed in Excel; our CSV export writes it before values Excel
// would change (excel-pitfalls.ts). Dropped on the way back, and the value is known to be text.
const fromCsv = (v: string): [string, CellOrigin] => (v.startsWith("'") ? [v.slice(1), 'text'] : [v, 'plain']);

function readCsv(bytes: Buffer): RawRow[] {
  const text = decodeText(bytes);
  type Parsed = { record: string[]; info: { records: number; empty_lines: number } };
  let parsed: Parsed[];
  try {
    parsed = parseCsv(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
      // Hand-typed CSV often has quotes inside a name: SHFMU "Ismail Qemali".
      relax_quotes: true,
    }) as unknown as Parsed[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // Rows as a spreadsheet counts them: records read so far + skipped empty lines + this one.
    const ctx = e as CsvError & { records?: number; empty_lines?: number; lines?: number };
    const line = (ctx.records ?? 0) + (ctx.empty_lines ?? 0) + 1;
    const message =
      e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
        ? 'this row has a different number of cells than the header row'
        : e.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quote (") opened here is never closed'
          : `the CSV cannot be read: ${e.message}`;
    throw new AppError('validation_failed', `Line ${line}: ${message}`, [{ line, message }]);
  }
  if (parsed.length > MAX_ROWS + 1) throw tooManyRows();
  return parsed.map((p) => {
    const read = p.record.map(fromCsv);
    return { line: p.info.records + p.info.empty_lines, values: read.map(([v]) => v), origins: read.map(([, o]) => o) };
  });
}

async function readXlsx(bytes: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own older `Buffer` type; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError('The file cannot be read as an Excel workbook (.xlsx)');
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw fileError('The workbook has no worksheet');
  if (sheet.actualRowCount > MAX_ROWS + 1) throw tooManyRows();
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    const origins: CellOrigin[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellText(cell.value);
      origins[col - 1] = cellOrigin(cell.value);
    });
    rows.push({ line, values: Array.from(values, (v) => v ?? ''), origins: Array.from(origins, (o) => o ?? 'text') });
  });
  return rows;
}

/** Spreadsheet cells as the text the user typed; numbers never become 3.0e9. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue); // emails often become links
  if ('error' in value) return value.error;
  return '';
}

/** A date cell is a value Excel changed (no roster column holds dates); a number may be a date's serial. */
function cellOrigin(value: ExcelJS.CellValue): CellOrigin {
  if (value instanceof Date) return 'date';
  if (typeof value === 'number') return 'number';
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))
    return cellOrigin(value.result);
  return 'text';
}

/**
 * Every cell goes through the core text rule (issue 6, defect 5) before any of it is looked up or
 * stored: a NUL would be a 500 on PostgreSQL, an unpaired surrogate would be stored differently per
 * engine. Free-text rules here (a cell may hold a line break); the field schemas add the name rule.
 */
function assertCleanText(raw: RawRow[], keep: number[], header: string[]): void {
  const details: ErrorDetail[] = [];
  for (const r of raw) {
    keep.forEach((i, k) => {
      const problem = textProblem(r.values[i] ?? '', 'free');
      if (problem && details.length < 20) details.push({ line: r.line, column: header[k] as string, message: problem });
    });
  }
  const first = details[0];
  if (first)
    throw new AppError('validation_failed', `Line ${first.line}, column ${first.column}: ${first.message}`, details);
}

function toSheet(raw: RawRow[]): ParsedSheet {
  const [head, ...data] = raw;
  if (head === undefined) throw fileError('The file is empty; the first row must be the header row');
  const width = Math.max(head.values.length, ...data.map((r) => r.values.length));
  const header: string[] = [];
  const keep: number[] = [];
  for (let i = 0; i < width; i++) {
    const name = (head.values[i] ?? '').trim();
    const used = name !== '' || data.some((r) => (r.values[i] ?? '').trim() !== '');
    if (!used) continue; // trailing empty columns are common in exported sheets
    header.push(name === '' ? `column ${i + 1}` : name);
    keep.push(i);
  }
  const keys = header.map(headerKey);
  assertCleanText(raw, keep, header);
  const rows: SheetRow[] = [];
  for (const r of data) {
    const cells: Record<string, string> = {};
    const origins: Record<string, CellOrigin> = {};
    let blank = true;
    keep.forEach((i, k) => {
      const v = (r.values[i] ?? '').trim();
      if (v !== '') blank = false;
      cells[keys[k] as string] = v;
      origins[keys[k] as string] = r.origins[i] ?? 'plain';
    });
    if (!blank) rows.push({ line: r.line, cells, origins });
  }
  if (rows.length > MAX_ROWS) throw tooManyRows();
  return { header, rows };
}
