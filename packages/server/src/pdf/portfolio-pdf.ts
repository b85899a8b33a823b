import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '@mentora/core';
import type { ChildReply, ChildRequest } from './typst-child';

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

/** A render that takes longer than this is killed: the export fails rather than hangs. */
const RENDER_TIMEOUT_MS = 30_000;
/** Renders at once; more wait their turn (2 cores: one child per core). */
const MAX_CHILDREN = 2;

const CHILD = fileURLToPath(new URL('./typst-child.ts', import.meta.url));
// The server runs its TypeScript with tsx (ADR 0008); the child does the same.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let running = 0;
const waiting: (() => void)[] = [];

/**
 * Compiles in a short-lived child process. typst-ts-node-compiler 0.7.0 keeps ~4 MiB of native
 * memory per compile that no cache eviction frees (measured, ADR 0020): a process per render
 * returns it to the system, keeps the ~50 ms of layout off the server's event loop, and a
 * crash in native code fails one export instead of the server.
 */
async function compileInChild(request: ChildRequest): Promise<Buffer> {
  if (running >= MAX_CHILDREN) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      const child = fork(CHILD, [], {
        execArgv: ['--import', TSX],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        timeout: RENDER_TIMEOUT_MS,
      });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-2000);
      });
      let reply: ChildReply | undefined;
      child.once('message', (m: ChildReply) => {
        reply = m;
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        if (reply && 'pdf' in reply) resolve(Buffer.from(reply.pdf));
        else
          reject(
            new Error(
              `Portfolio PDF failed (exit ${code ?? signal}): ${reply && 'error' in reply ? reply.error : stderr}`,
            ),
          );
      });
      child.send(request);
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
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

// Letters of the right-to-left scripts (bidi class R or AL): Arabic (Urdu), Hebrew, Syriac, Thaana, N'Ko.
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const FIRST_LETTER = /\p{L}/u;

/**
 * A paragraph's base direction by its first letter (Unicode bidi rules P2–P3: the first strong
 * character decides): 'rtl' for Arabic or Hebrew script, 'ltr' for any other letter, null (the
 * document's own direction) for a paragraph with no letter at all, e.g. "12:30 — 45".
 */
export function paragraphDirection(text: string): 'ltr' | 'rtl' | null {
  const first = FIRST_LETTER.exec(text)?.[0];
  if (!first) return null;
  return RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/**
 * Renders a portfolio as an A4 PDF (PDF 1.7, tagged, fonts embedded and subset) with Typst.
 *
 * - Shaping and order: Typst shapes each run with its font (Noto Naskh Arabic for Urdu, Noto Sans
 *   for Latin and Cyrillic) and orders mixed text with the Unicode bidi algorithm per paragraph;
 *   locale 'ur' makes the page, headings and labels right-to-left; each paragraph of the user's
 *   text takes its own base direction from its first letter (`paragraphDirection`), so an
 *   Albanian paragraph in an Urdu portfolio keeps its closing period at its end, and an Urdu one
 *   in an Albanian portfolio reads right-to-left.
 * - Safety: the data is passed as one JSON input, never spliced into Typst source, so user text
 *   such as `#eval(…)`, `*x*`, `$x$`, `]` or `\` prints literally and cannot run code.
 * - Dates: entry `date` (ISO day) and `generatedAt` (ISO date-time, shown in `timeZone`) are
 *   printed in the locale's long form (Intl, e.g. "30 نومبر، 2026", "30 nëntor 2026").
 * - Long texts wrap and break across pages; each entry title is also a PDF bookmark.
 * - Cost: each render runs in its own child process (≈0.3 s for 20 entries / 13 pages, most of
 *   it process start; ADR 0020), at most 2 at once, killed after 30 s. The route should still
 *   bound the number of entries.
 *
 * Errors: AppError 'validation_failed' for a date that is not ISO (`entries.N.date` must be
 * YYYY-MM-DD, `generatedAt` a date-time with zone) or an unknown time zone; a failed or timed-out
 * render throws a plain Error (→ 500): user text cannot cause one, so it is a bug.
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
      sections: e.sections.map((s) => ({
        label: s.label,
        paragraphs: paragraphs(s.text).map((text) => ({ text, dir: paragraphDirection(text) })),
      })),
    })),
  };
  return compileInChild({ data: JSON.stringify(data) });
}
