import { z } from 'zod';

/**
 * The one text rule (issue 6, defect 5). Every string a client sends goes through it before it is
 * trimmed or stored, so SQLite and PostgreSQL see the same, well-formed text:
 *
 * - `name`   — one line shown to other people (names, codes, logins, search terms): no control
 *              characters at all, no bidirectional override/isolate controls (they make
 *              "ABC‮lmth.exe" look like something else), no byte order mark.
 * - `free`   — text people write (notes, reflections): tab, line feed and carriage return are
 *              allowed, and so are the bidi controls that mixed Urdu/English writing may need.
 * - `secret` — passwords and codes as typed: no control characters, no unpaired surrogates; never
 *              trimmed by the rule.
 *
 * Refused everywhere: NUL and the other C0 controls (U+0000–U+001F, apart from the free-text
 * line breaks and tab), DEL and C1 controls (U+007F–U+009F), unpaired UTF-16 surrogates (PostgreSQL
 * and SQLite would each store a different replacement), and U+FEFF (a byte order mark is an
 * encoding artefact; `String.prototype.trim` would silently drop a leading one — we refuse it
 * instead, on both engines alike). Sources: Unicode TR #36 §3 (bidi spoofing), TR #9 (the controls),
 * PostgreSQL "text" cannot hold NUL.
 */
export type TextKind = 'name' | 'free' | 'secret';

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/**
 * Returns why `s` breaks the rule for `kind`, or null when it is fine. One pass over the UTF-16
 * code units; the message names the character (e.g. "must not contain control character U+0000").
 */
export function textProblem(s: string, kind: TextKind): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      if (kind === 'free' && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
      return `must not contain control character ${hex(c)}`;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `must not contain an unpaired surrogate ${hex(c)} (a broken character)`;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return `must not contain an unpaired surrogate ${hex(c)} (a broken character)`;
    if (c === 0xfeff && kind !== 'secret') return 'must not contain a byte order mark U+FEFF';
    if (kind === 'name' && isBidiControl(c)) return `must not contain bidirectional control ${hex(c)}`;
  }
  return null;
}

/**
 * A zod string that applies the text rule first (before any trim, so nothing is altered
 * silently). Every string schema in core starts from here; `commands/text-rule.test.ts` walks
 * every command and proves each string field refuses a NUL.
 */
export function safeString(kind: TextKind) {
  return z.string().superRefine((s, ctx) => {
    const problem = textProblem(s, kind);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: s });
  });
}

// Issue 10, kind 3: text is stored in Unicode's composed form (NFC), so an "ë" typed as e + U+0308
// and one typed as a single character are the same stored text on both engines.

/** A name-like single line (person, group, unit, level names): NFC, trimmed, 1..max characters. */
export const Text = (max: number) => safeString('name').normalize('NFC').trim().min(1).max(max);

/** A code or identifier people type (EMIS code, login): the name rule, NFC, trimmed, 1..max. */
export const Code = (max: number) => safeString('name').normalize('NFC').trim().min(1).max(max);

/** Text people write, possibly over several lines: NFC, trimmed at both ends, 1..max characters. */
export const FreeText = (max: number) => safeString('free').normalize('NFC').trim().min(1).max(max);

/** A secret as typed (password, one-time code): never trimmed, min..max characters. */
export const Secret = (min: number, max: number, message?: string) => safeString('secret').min(min, message).max(max);
