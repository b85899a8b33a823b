import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { needsExcelGuard } from './excel-pitfalls';

export type SheetRecord = Record<string, string>;

/**
 * CSV as UTF-8 with a BOM: without it Excel reads Urdu and Cyrillic names as mojibake.
 * A value Excel would change — a formula ("=HYPERLINK(…)" typed as a name, an international phone
 * "+383 44 …"), a code with leading zeros ("00123"), something it reads as a date ("1-2") — gets a
 * leading "'" (`needsExcelGuard`); parse.ts drops it again, so the export re-imports as it was.
 * `smallNumbers`: the columns where a five-digit number would be read back as a date's serial.
 */
export function toCsv(
  columns: readonly string[],
  records: readonly SheetRecord[],
  smallNumbers: readonly string[] = [],
): Buffer {
  const guard = (column: string, value: string) =>
    needsExcelGuard(value, smallNumbers.includes(column)) ? `'${value}` : value;
  const rows = records.map((r) => columns.map((c) => guard(c, r[c] ?? '')));
  return Buffer.from(stringify([[...columns], ...rows], { bom: true }), 'utf8');
}

/** Every cell is a string and every column formatted as Text, so phones keep their leading zero. */
export async function toXlsx(
  sheetName: string,
  columns: readonly string[],
  records: readonly SheetRecord[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mentora';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c,
    key: c,
    width: Math.max(12, c.length + 2),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of records) sheet.addRow(columns.map((c) => r[c] ?? ''));
  for (const col of sheet.columns) {
    const longest = Math.max(...(col.values ?? []).map((v) => String(v ?? '').length));
    col.width = Math.min(50, Math.max(col.width ?? 12, longest + 2));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
