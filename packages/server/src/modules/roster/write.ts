import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type SheetRecord = Record<string, string>;

/**
 * Text that Excel would run as a formula ("=HYPERLINK(…)" typed as a name) gets a leading "'";
 * parse.ts strips it again, so the export still re-imports. An international phone ("+383 44 …")
 * starts with "+" too and is guarded the same way.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const guard = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** CSV as UTF-8 with a BOM: without it Excel reads Urdu and Cyrillic names as mojibake. */
export function toCsv(columns: readonly string[], records: readonly SheetRecord[]): Buffer {
  const rows = records.map((r) => columns.map((c) => guard(r[c] ?? '')));
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
