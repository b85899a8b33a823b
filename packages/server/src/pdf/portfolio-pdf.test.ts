import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppError } from '@mentora/core';
import { afterAll, describe, expect, it } from 'vitest';
import { type PortfolioDocument, type PortfolioEntry, renderPortfolioPdf } from './portfolio-pdf';

// Every PDF is read back by Debian's poppler-utils, the reader a user's "copy text" resembles.
const dir = mkdtempSync(join(tmpdir(), 'mentora-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function save(pdf: Buffer): string {
  const file = join(dir, `p${++n}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const run = (cmd: string, args: string[]) =>
  execFileSync(`/usr/bin/${cmd}`, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** pdftotext's plain mode gives right-to-left lines in logical order, wrapped in bidi marks: drop them. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const text = (pdf: Buffer) =>
  run('pdftotext', ['-enc', 'UTF-8', save(pdf), '-'])
    .replace(BIDI_MARKS, '')
    .replace(/\s+/g, ' ');
const pages = (pdf: Buffer) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [save(pdf)]))?.[1]);
/** Words of the first line on page 1 with their horizontal extent in points (A4 is 595 pt wide). */
function firstLineWords(pdf: Buffer): { xMin: number; xMax: number }[] {
  const words = [
    ...run('pdftotext', ['-bbox', '-f', '1', '-l', '1', save(pdf), '-']).matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"/g,
    ),
  ].map((m) => ({ xMin: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]) }));
  return words.filter((w) => w.y === words[0]?.y);
}
/** Where a word is printed on page 1: its horizontal extent in points (bbox mode gives an Urdu word's letters in visual order). */
function wordBox(pdf: Buffer, word: string): { xMin: number; xMax: number } | undefined {
  for (const m of run('pdftotext', ['-bbox', '-f', '1', '-l', '1', save(pdf), '-']).matchAll(
    /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
  ))
    if (m[3] === word || [...(m[3] ?? '')].reverse().join('') === word)
      return { xMin: Number(m[1]), xMax: Number(m[2]) };
  return undefined;
}
/**
 * Poppler copies the lam-alef ligature glyph (one glyph for ل + ا) as "ال" inside a right-to-left
 * run: it reverses the glyph's two-letter ToUnicode entry along with the run (a known
 * extractor bug; the PDF maps it in logical order, see the ToUnicode test below).
 */
const asPopplerCopies = (s: string) => s.replace(/ل([اأإآ])/g, '$1ل');
/** True when each part occurs after the previous one. */
function inOrder(haystack: string, parts: string[]): boolean {
  let at = 0;
  for (const part of parts) {
    const i = haystack.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return true;
}

const URDU = 'استاد نے بچوں کے ساتھ سوالات پر کام کیا۔';
const URDU_NUMBERS = 'کلاس میں 25 طلبہ تھے اور 3 گروپ بنے۔';
const URDU_ENGLISH = 'ہم نے Google Docs میں 12 سوال لکھے۔';
const ALBANIAN = 'Mësuesja përdori çdo minutë të orës për punë në grupe me nxënësit.';
const CYRILLIC = 'Наставница је са ученицима радила на питањима и оцењивању.';
const LATIN_SR = 'Nastavnica je sa đacima šetala po školskom dvorištu i žurila.';

const entry = (title: string, texts: string[], extra: Partial<PortfolioEntry> = {}): PortfolioEntry => ({
  date: '2026-10-05',
  title,
  kind: 'Reflection',
  sections: texts.map((t, i) => ({ label: `Prompt ${i + 1}`, text: t })),
  ...extra,
});
const portfolio = (locale: PortfolioDocument['locale'], entries: PortfolioEntry[]): PortfolioDocument => ({
  locale,
  title: 'Portfolio',
  personName: 'Drita Krasniqi',
  programName: 'Drenas mentoring',
  generatedAt: '2026-11-30T10:00:00Z',
  labels: { generated: 'Generated', entries: 'Entries', linkedTo: 'Linked to', empty: 'No entries yet.' },
  entries,
});

describe(renderPortfolioPdf.name, () => {
  it('prints an Urdu portfolio right-to-left, its sentences in reading order with numbers and English words', async () => {
    const doc: PortfolioDocument = {
      ...portfolio('ur', [
        entry('پہلی عکاسی', [URDU, `${URDU_NUMBERS}\n\n${URDU_ENGLISH}`], {
          kind: 'عکاسی',
          linkedTo: 'ملاقات',
        }),
      ]),
      title: 'میرا پورٹ فولیو',
      personName: 'عائشہ خان',
      labels: { generated: 'تیار کیا گیا', entries: 'اندراجات', linkedTo: 'منسلک', empty: 'کوئی اندراج نہیں' },
    };
    const pdf = await renderPortfolioPdf(doc);
    const out = text(pdf);
    expect(out).toContain(asPopplerCopies(URDU));
    // Poppler puts the space on the other side of a number inside an Urdu line; the letters'
    // and numbers' order is what a reader sees, so compare without spaces.
    const compact = out.replace(/ /g, '');
    expect(compact).toContain(asPopplerCopies(URDU_NUMBERS).replace(/ /g, ''));
    expect(compact).toContain(URDU_ENGLISH.replace(/ /g, ''));
    expect(inOrder(out, ['میرا پورٹ فولیو', 'عائشہ خان', 'پہلی عکاسی', 'منسلک', asPopplerCopies('ملاقات')])).toBe(true);
    // Right-to-left page: the title ends at the right margin (595 − 56.7 pt), not the left one.
    const title = firstLineWords(pdf);
    expect(Math.max(...title.map((w) => w.xMax))).toBeCloseTo(538.6, 0);
    expect(Math.min(...title.map((w) => w.xMin))).toBeGreaterThan(300);
  });

  it('prints Albanian (ë, ç) left-to-right, with an Urdu quote in reading order inside the sentence', async () => {
    const quote = 'Mësuesja tha: «استاد نے بچوں کے ساتھ» dhe çdo gjë shkoi mirë.';
    const pdf = await renderPortfolioPdf(
      portfolio('sq', [entry('Reflektim për orën e matematikës', [ALBANIAN, quote])]),
    );
    const out = text(pdf);
    expect(out).toContain(ALBANIAN);
    expect(inOrder(out, ['Mësuesja tha:', 'استاد نے بچوں کے ساتھ', 'dhe çdo gjë shkoi mirë.'])).toBe(true);
    expect(Math.min(...firstLineWords(pdf).map((w) => w.xMin))).toBeCloseTo(56.7, 0);
  });

  it('gives an Albanian or Serbian paragraph in an Urdu portfolio its own left-to-right direction', async () => {
    const albanian = 'Nxënësit punuan mirë në grupe.';
    const serbian = 'Ученици су добро радили у групама.';
    const pdf = await renderPortfolioPdf({
      ...portfolio('ur', [entry('پہلی عکاسی', [`${URDU}\n\n${albanian}\n\n${serbian}`])]),
      title: 'میرا پورٹ فولیو',
    });
    const out = text(pdf);
    // A right-to-left base moved the closing period to the front: ".Nxënësit punuan mirë në grupe".
    expect(out).toContain(albanian);
    expect(out).toContain(serbian);
    expect(out).toContain(asPopplerCopies(URDU));
    // The Latin and Cyrillic paragraphs start at the left margin; the page stays right-to-left.
    expect(wordBox(pdf, 'Nxënësit')?.xMin).toBeCloseTo(56.7, 0);
    expect(wordBox(pdf, 'Ученици')?.xMin).toBeCloseTo(56.7, 0);
    expect(Math.max(...firstLineWords(pdf).map((w) => w.xMax))).toBeCloseTo(538.6, 0);
  });

  it('keeps an Urdu paragraph right-to-left inside an Albanian portfolio', async () => {
    const urdu = 'طلبہ نے گروپوں میں اچھا کام کیا۔';
    const pdf = await renderPortfolioPdf(portfolio('sq', [entry('Reflektim', [`${ALBANIAN}\n\n${urdu}`])]));
    const out = text(pdf);
    expect(out).toContain(ALBANIAN);
    expect(out).toContain(urdu);
    // Its first word ends at the right margin; the Albanian paragraph starts at the left one.
    expect(wordBox(pdf, 'طلبہ')?.xMax).toBeCloseTo(538.6, 0);
    expect(wordBox(pdf, 'Mësuesja')?.xMin).toBeCloseTo(56.7, 0);
  });

  it('prints Serbian in Cyrillic and in Latin letters, dates in the same script', async () => {
    const cyr = text(await renderPortfolioPdf(portfolio('sr', [entry('Рефлексија', [CYRILLIC])])));
    expect(cyr).toContain(CYRILLIC);
    expect(cyr).toContain('5. октобар 2026.');
    const lat = text(await renderPortfolioPdf(portfolio('sr-Latn', [entry('Refleksija', [LATIN_SR])])));
    expect(lat).toContain(LATIN_SR);
    expect(lat).toContain('5. oktobar 2026.');
  });

  it('prints user text with Typst and markup syntax literally, running none of it', async () => {
    const hostile = [
      '#eval("1+1") *bold* _em_ $x^2$ ] [ \\ <label> @ref `raw` // not a comment',
      '#read("/etc/passwd") #sys.inputs.data ") #panic("boom") [',
      '= Not a heading',
    ];
    const pdf = await renderPortfolioPdf({
      ...portfolio('en', [entry('#set text(size: 80pt) ]', hostile, { linkedTo: '$ \\ #' })]),
      title: '*Title* #title',
      personName: '[#personName]',
    });
    const out = text(pdf);
    for (const s of [...hostile, '#set text(size: 80pt) ]', 'Linked to: $ \\ #', '*Title* #title', '[#personName]'])
      expect(out).toContain(s);
    expect(out).not.toContain('root:');
  });

  it('breaks a 60-entry portfolio with a long text across pages and keeps every entry', async () => {
    const long = Array.from({ length: 1500 }, (_, i) => `fjala${i}`).join(' ');
    const entries = Array.from({ length: 60 }, (_, i) =>
      entry(`Hyrja ${String(i + 1).padStart(2, '0')}`, [i === 0 ? long : ALBANIAN, CYRILLIC]),
    );
    const pdf = await renderPortfolioPdf(portfolio('sq', entries));
    expect(pages(pdf)).toBeGreaterThan(5);
    const out = text(pdf);
    expect(
      inOrder(
        out,
        entries.map((e) => e.title),
      ),
    ).toBe(true);
    // Nothing of the long paragraph is cut: its first and last words are both there.
    expect(inOrder(out, ['fjala0 ', 'fjala1499', 'Hyrja 02'])).toBe(true);
    expect(out).toContain('Entries: 60');
  });

  it('prints the "no entries" text of the labels for an empty portfolio', async () => {
    const pdf = await renderPortfolioPdf(portfolio('sq', []));
    expect(pages(pdf)).toBe(1);
    const out = text(pdf);
    expect(inOrder(out, ['Portfolio', 'Drita Krasniqi · Drenas mentoring', 'Entries: 0', 'No entries yet.'])).toBe(
      true,
    );
  });

  it('maps the lam-alef ligature back to lam, alef (logical order) for readers that copy by ToUnicode', async () => {
    const pdf = await renderPortfolioPdf(portfolio('ur', [entry('سوالات', [URDU])]));
    // ToUnicode tables are streams, stored raw or deflated (either is valid PDF).
    const cmaps = [...pdf.toString('latin1').matchAll(/(?<!end)stream\r?\n/g)]
      .map((m) => {
        const start = (m.index ?? 0) + m[0].length;
        const body = pdf.subarray(start, pdf.indexOf('endstream', start));
        try {
          return inflateSync(body).toString('latin1');
        } catch {
          return body.toString('latin1');
        }
      })
      .filter((s) => s.includes('beginbfchar'));
    expect(cmaps.join('\n')).toMatch(/<[0-9A-F]{4}> <06440627>/);
  });

  it('gives five teachers exporting at once each their own portfolio', async () => {
    const names = ['Arta', 'Besim', 'Jelena', 'Fatima', 'Luan'];
    const pdfs = await Promise.all(
      names.map((name) =>
        renderPortfolioPdf({ ...portfolio('sq', [entry(`Hyrja e ${name}`, [ALBANIAN])]), personName: name }),
      ),
    );
    pdfs.forEach((pdf, i) => {
      expect(text(pdf)).toContain(`Hyrja e ${names[i]}`);
    });
  });

  it('refuses an unparsable date with validation_failed', async () => {
    const bad = portfolio('en', [entry('x', ['y'], { date: '5 October' })]);
    await expect(renderPortfolioPdf(bad)).rejects.toMatchObject({
      constructor: AppError,
      code: 'validation_failed',
      details: [{ path: 'entries.0.date' }],
    });
  });
});
