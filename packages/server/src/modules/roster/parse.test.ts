import { AppError } from '@mentora/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSheet } from './parse';

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe(parseSheet.name, () => {
  it('reads CSV with a BOM, messy headers, Urdu/Albanian/Cyrillic names and spreadsheet line numbers', async () => {
    const text =
      '\ufeff Full_Name ,PHONE,subjects\n' +
      'عائشہ بی بی,0300-1234567,Urdu;Math\n' +
      '\n' + // an empty row still counts as a row in a spreadsheet
      '"Arbëreshë ""Ana""\nKelmendi",044123456,\n' + // a multi-line cell is one row
      'Јована Петровић,+381641234567,Српски\n' +
      ',,\n'; // a blank row exported by Excel is skipped
    const sut = await parseSheet(Buffer.from(text, 'utf8'), 'Teachers.CSV');
    const plain = { full_name: 'plain', phone: 'plain', subjects: 'plain' };
    expect(sut.header).toEqual(['Full_Name', 'PHONE', 'subjects']);
    expect(sut.rows).toEqual([
      { line: 2, cells: { full_name: 'عائشہ بی بی', phone: '0300-1234567', subjects: 'Urdu;Math' }, origins: plain },
      { line: 4, cells: { full_name: 'Arbëreshë "Ana"\nKelmendi', phone: '044123456', subjects: '' }, origins: plain },
      { line: 5, cells: { full_name: 'Јована Петровић', phone: '+381641234567', subjects: 'Српски' }, origins: plain },
    ]);
  });

  it('accepts ";" between cells, as Excel writes CSV in Albanian and Serbian locales', async () => {
    const sut = await parseSheet(Buffer.from('full_name;subjects\nAna;"Math;Science"\n'), 'a.csv');
    expect(sut.rows[0]?.cells).toEqual({ full_name: 'Ana', subjects: 'Math;Science' });
  });

  it('reports a row with the wrong number of cells by its line', async () => {
    const e = await rejection(parseSheet(Buffer.from('a,b\n1,2\n\n3\n'), 'x.csv'));
    expect(e.code).toBe('validation_failed');
    expect(e.details).toEqual([{ line: 4, message: expect.stringContaining('different number of cells') }]);
  });

  it('explains a file saved in a Windows code page instead of UTF-8', async () => {
    const e = await rejection(parseSheet(Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]), 'x.csv'));
    expect(e.message).toContain('CSV UTF-8');
  });

  it('refuses other file types and more than 20,000 rows', async () => {
    expect((await rejection(parseSheet(Buffer.from('x'), 'roster.xls'))).code).toBe('unsupported_media_type');
    const big = `name\n${'x\n'.repeat(20_001)}`;
    expect((await rejection(parseSheet(Buffer.from(big), 'big.csv'))).code).toBe('payload_too_large');
  });

  it('reads the first worksheet of an XLSX as text: numbers stay plain digits', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Teachers');
    wb.addWorksheet('Notes').addRow(['ignored']);
    ws.addRow(['full_name', 'phone', 'email', 'years_experience', 'create_login', 'grades']);
    ws.addRow([
      'عائشہ بی بی',
      3001234567,
      { text: 'ayesha@example.org', hyperlink: 'mailto:ayesha@example.org' },
      12,
      true,
      4,
    ]);
    ws.addRow([]);
    ws.addRow([
      { richText: [{ text: 'Drita ' }, { text: 'Krasniqi' }] },
      923331234567,
      null,
      { formula: '3+4', result: 7 },
      false,
      2.5,
    ]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());

    const sut = await parseSheet(bytes, 'teachers.xlsx');
    expect(sut.rows).toEqual([
      {
        line: 2,
        cells: {
          full_name: 'عائشہ بی بی',
          phone: '3001234567',
          email: 'ayesha@example.org',
          years_experience: '12',
          create_login: 'yes',
          grades: '4',
        },
        origins: {
          full_name: 'text',
          phone: 'number',
          email: 'text',
          years_experience: 'number',
          create_login: 'text',
          grades: 'number',
        },
      },
      {
        line: 4,
        cells: {
          full_name: 'Drita Krasniqi',
          phone: '923331234567',
          email: '',
          years_experience: '7',
          create_login: 'no',
          grades: '2.5',
        },
        origins: {
          full_name: 'text',
          phone: 'number',
          email: 'text',
          years_experience: 'number',
          create_login: 'text',
          grades: 'number',
        },
      },
    ]);
  });

  it('names a column that has values but no header', async () => {
    const sut = await parseSheet(Buffer.from('name,,\nA,,\nB,x,\n'), 'a.csv');
    expect(sut.header).toEqual(['name', 'column 2']);
  });

  it('treats a broken .xlsx as a file error, not a crash', async () => {
    const e = await rejection(parseSheet(Buffer.from('PK\x03\x04garbage'), 'a.xlsx'));
    expect(e.code).toBe('validation_failed');
  });
});
