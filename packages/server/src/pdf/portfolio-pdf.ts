import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '@mentora/core';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** The locales a portfolio can be printed in (core's `Locale`). */
export type PortfolioLocale = 'en' | 'ur' | 'sq' | 'sr' | 'sr-Latn';

/** One section of an entry: a prompt's label ("Describe", "Plan") and the teacher's text. */
export interface PortfolioSection {
  label: string;
  /** Free text; a blank line starts a new paragraph, a single newline a new line. */
  text: string;
}

export interface PortfolioEntry {
  /** ISO date, `YYYY-MM-DD` (a calendar day, no time zone). */
  date: string;
  title: string;
  /** Already-translated kind label, e.g. 'Reflection'. */
  kind: string;
  /** Already-translated text naming what the entry is linked to (a meeting, an observation, …). */
  linkedTo?: string;
  sections: PortfolioSection[];
}

/**
 * A teacher's own portfolio, every string already translated into `locale`.
 * Issue 8 §6: "A teacher exports their own portfolio as PDF" — the caller has already checked
 * that the entries are the requester's own (this module only lays out what it is given).
 */
export interface PortfolioDocument {
  locale: PortfolioLocale;
  title: string;
  personName: string;
  programName: string;
  /** ISO date-time of the export, shown as a date in `timeZone`. */
  generatedAt: string;
  /** IANA zone for `generatedAt` (the program's); default 'UTC'. */
  timeZone?: string;
  labels: {
    /** "Generated" → printed as "Generated: 30 November 2026". */
    generated: string;
    /** "Entries" → printed as "Entries: 20". */
    entries: string;
    /** "Linked to" → printed before an entry's `linkedTo`. */
    linkedTo: string;
    /** Shown instead of the entries when there are none, e.g. "No entries yet." */
    empty: string;
  };
  /** In the order they are printed (the caller sorts, usually by date). */
  entries: PortfolioEntry[];
}

// Typst's `lang` picks direction (ur → right-to-left) and line-breaking rules; Serbian in both
// scripts is `sr` (the script is in the text itself).
const TYPST_LANG: Record<PortfolioLocale, string> = { en: 'en', ur: 'ur', sq: 'sq', sr: 'sr', 'sr-Latn': 'sr' };
const LATIN_CYRILLIC = 'Noto Sans';
const ARABIC = 'Noto Naskh Arabic';

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) =>
  // The packages' `main` is dist/index.*; the TTF files sit in fonts/ beside dist/.
  readFileSync(join(dirname(require.resolve(pkg)), '..', 'fonts', file));

let compiler: NodeCompiler | undefined;
let template: string | undefined;

/** One compiler per process: creating it parses the four fonts (~20 ms); compiling reuses them. */
function typst(): { compiler: NodeCompiler; template: string } {
  template ??= readFileSync(new URL('./portfolio.typ', import.meta.url), 'utf8');
  compiler ??= NodeCompiler.create({
    fontArgs: [
      {
        fontBlobs: [
          fontFile('@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'),
          fontFile('@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'),
          fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'),
          fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'),
        ],
      },
    ],
  });
  return { compiler, template };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Long local form of an ISO day or date-time; `Date` alone would accept "5 October" or 30 February. */
function formatDate(iso: string, locale: PortfolioLocale, timeZone: string, field: string): string {
  const day = ISO_DAY.test(iso);
  const at = new Date(day ? `${iso}T00:00:00Z` : iso);
  const valid = day
    ? !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === iso
    : ISO_INSTANT.test(iso) && !Number.isNaN(at.getTime());
  if (!valid)
    throw new AppError('validation_failed', 'Invalid date in the portfolio', [
      { path: field, message: `not an ISO ${field === 'generatedAt' ? 'date-time' : 'date (YYYY-MM-DD)'}: ${iso}` },
    ]);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(at);
}

/** Blank lines separate paragraphs; trailing spaces and empty paragraphs are dropped. */
const paragraphs = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * Renders a portfolio as an A4 PDF (PDF 1.7, tagged, fonts embedded and subset) with Typst.
 *
 * - Shaping and order: Typst shapes each run with its font (Noto Naskh Arabic for Urdu, Noto Sans
 *   for Latin and Cyrillic) and orders mixed text with the Unicode bidi algorithm per paragraph;
 *   locale 'ur' makes the whole document right-to-left (paragraph direction, alignment, footer).
 * - Safety: the data is passed as one JSON input, never spliced into Typst source, so user text
 *   such as `#eval(…)`, `*x*`, `$x$`, `]` or `\` prints literally and cannot run code.
 * - Dates: entry `date` (ISO day) and `generatedAt` (ISO date-time, shown in `timeZone`) are
 *   printed in the locale's long form (Intl, e.g. "30 نومبر، 2026", "30 nëntor 2026").
 * - Long texts wrap and break across pages; each entry title is also a PDF bookmark.
 * - Cost: compiling runs synchronously on the calling thread, about 5–20 ms for 20 entries
 *   and 40 ms for 60 (ADR 0020); the route should bound the number of entries.
 *
 * Errors: AppError 'validation_failed' for an unparsable date or unknown time zone; any other
 * failure is a bug in the template and throws a plain Error (→ 500).
 */
export async function renderPortfolioPdf(doc: PortfolioDocument): Promise<Buffer> {
  const timeZone = doc.timeZone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new AppError('validation_failed', 'Unknown time zone', [{ path: 'timeZone', message: timeZone }]);
  }
  const data = {
    lang: TYPST_LANG[doc.locale],
    // Urdu first for Urdu, so spaces, digits and punctuation between Urdu words match its letters.
    fonts: doc.locale === 'ur' ? [ARABIC, LATIN_CYRILLIC] : [LATIN_CYRILLIC, ARABIC],
    title: doc.title,
    personName: doc.personName,
    programName: doc.programName,
    generated: `${doc.labels.generated}: ${formatDate(doc.generatedAt, doc.locale, timeZone, 'generatedAt')}`,
    entriesLine: `${doc.labels.entries}: ${doc.entries.length}`,
    empty: doc.labels.empty,
    entries: doc.entries.map((e, i) => ({
      title: e.title,
      kind: e.kind,
      date: formatDate(e.date, doc.locale, 'UTC', `entries.${i}.date`),
      linkedTo: e.linkedTo ? `${doc.labels.linkedTo}: ${e.linkedTo}` : null,
      sections: e.sections.map((s) => ({ label: s.label, paragraphs: paragraphs(s.text) })),
    })),
  };
  const { compiler, template } = typst();
  try {
    const result = compiler.compile({ mainFileContent: template, inputs: { data: JSON.stringify(data) } });
    const compiled = result.result;
    if (result.hasError() || !compiled) {
      const diagnostics = result.takeDiagnostics()?.shortDiagnostics ?? [];
      throw new Error(`Portfolio PDF template failed: ${JSON.stringify(diagnostics)}`);
    }
    return compiler.pdf(compiled);
  } finally {
    // Typst memoizes layouts globally; evicting old ones keeps a long-running server's memory flat.
    compiler.evictCache(10);
  }
}
