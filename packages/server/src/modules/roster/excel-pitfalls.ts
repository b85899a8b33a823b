// What Excel does to the values of a roster file, in one place for every importer (schools and
// teachers) and for the CSV export (issue 10, kind 4). No import column is a date column.

import type { SheetRow } from './parse';
import type { ColumnSpec, ErrorList } from './report';

/**
 * Where a cell's text came from, so the check knows whether Excel may have changed it:
 * `date` an .xlsx date cell; `number` an .xlsx number cell; `text` known text (an .xlsx text cell,
 * or a CSV value written with a leading `'`); `plain` CSV text that Excel may have rewritten.
 */
export type CellOrigin = 'date' | 'number' | 'text' | 'plain';

const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)';
// How Excel writes a date back as text: "2-Jan", "02-Jan-26", "Nov-12", "Jan 2026", "1/2/2026",
// "02.01.2026" (Albanian and Serbian settings), "2026-01-02".
const DATE_TEXT = [
  new RegExp(`^\\d{1,2}[-/ .]${MONTH}\\.?(?:[-/ .,]+\\d{2,4})?$`, 'i'),
  new RegExp(`^${MONTH}\\.?[-/ .]\\d{1,4}(?:[-/ .,]+\\d{2,4})?$`, 'i'),
  /^\d{4}-\d{1,2}-\d{1,2}$/,
];
const DAY_MONTH_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\.?$/;
// What Excel turns into a date or a time when it is typed or opened from CSV: "1-2", "1/2", "3:30".
const DATE_INPUT = [/^\d{1,2}[-/]\d{1,2}(?:[-/]\d{1,4})?$/, /^\d{1,2}:\d{2}(?::\d{2})?$/];
/** Five-digit whole numbers are the serial numbers of the dates 1927–2173 (1 = 1900-01-01). */
const SERIAL = /^[1-9]\d{4}$/;

function isDayMonthYear(text: string): boolean {
  const m = DAY_MONTH_YEAR.exec(text);
  if (m === null) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

/** True for text Excel produces when it has turned a value into a date ("2-Jan", "1/2/2026"). */
export function looksLikeExcelDate(text: string): boolean {
  return DATE_TEXT.some((re) => re.test(text)) || isDayMonthYear(text);
}

/** The date an Excel serial number stands for, as YYYY-MM-DD (Excel's day 60 is its fake 1900-02-29). */
export function serialDate(serial: number): string {
  const days = serial > 60 ? serial - 25569 : serial - 25568;
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

const ADVICE = 'Excel turns "1-2" or "2/1" into a date. Format the column as Text and type the value again';

/**
 * Why a cell's value is a date Excel made rather than what was typed, or null.
 * `text`: the cell as read (trimmed); `origin`: see `CellOrigin`; `smallNumbers`: the column holds
 * small numbers (grades, years), where a five-digit number is a date's serial number.
 * Text cells and `'`-guarded CSV values are never refused: Excel leaves text alone.
 */
export function excelDateProblem(text: string, origin: CellOrigin, smallNumbers: boolean): string | null {
  if (text === '' || origin === 'text') return null;
  if (origin === 'date') return `"${text}" is a date cell: ${ADVICE}`;
  const items = smallNumbers ? text.split(';').map((s) => s.trim()) : [text];
  const serial = smallNumbers ? items.find((s) => SERIAL.test(s)) : undefined;
  if (serial !== undefined)
    return `"${serial}" looks like a date's serial number (${serialDate(Number(serial))}): ${ADVICE}`;
  if (origin === 'plain' && looksLikeExcelDate(text)) return `"${text}" looks like a date: ${ADVICE}`;
  return null;
}

/** Text Excel would run as a formula, or whose leading `'` Excel would drop. */
const FORMULA_START = /^[=+\-@\t\r']/;
/** Text Excel would read as a number and show differently: "00123", "1.50", "1e5", 12+ digits. */
const NUMBER_LIKE = /^[+-]?(?:\d+[.,]?\d*|[.,]\d+)(?:e[+-]?\d+)?%?$/i;
const KEPT_NUMBER = /^(?:0|[1-9]\d{0,10})$/;

/**
 * True when a CSV value must be written with a leading `'` so that Excel keeps it as it is, and so
 * that the import reads it as text (the import drops one leading `'`, as Excel does when typing).
 * Guarded: formulas (`=`, `+`, `-`, `@`: also international phones), a leading `'`, codes with
 * leading zeros or many digits (EMIS `00123`), anything Excel turns into a date or time ("1-2",
 * "Nov-12"), and in small-number columns five-digit numbers the import would take for dates.
 */
export function needsExcelGuard(value: string, smallNumbers: boolean): boolean {
  if (value === '') return false;
  if (FORMULA_START.test(value)) return true;
  if (NUMBER_LIKE.test(value) && !KEPT_NUMBER.test(value)) return true;
  if (looksLikeExcelDate(value) || DATE_INPUT.some((re) => re.test(value))) return true;
  return smallNumbers && value.split(';').some((s) => SERIAL.test(s.trim()));
}

/**
 * Reports every cell of the file that Excel turned into a date, before the importer reads the rows:
 * one message per cell, naming the cause (the importer's own message for that cell is dropped).
 */
export function screenExcelDates(rows: readonly SheetRow[], spec: ColumnSpec, errors: ErrorList): void {
  for (const row of rows) {
    for (const [column, text] of Object.entries(row.cells)) {
      const problem = excelDateProblem(text, row.origins[column] ?? 'plain', spec.smallNumbers.includes(column));
      if (problem !== null) errors.addFinal(row.line, column, problem);
    }
  }
}
