import { describe, expect, it } from 'vitest';
import { FreeText, Text, textProblem } from './text';

describe(textProblem.name, () => {
  it('refuses NUL, C0 and C1 controls and unpaired surrogates in every kind of text', () => {
    for (const kind of ['name', 'free', 'secret'] as const) {
      expect(textProblem('a\u0000b', kind)).toBe('must not contain control character U+0000');
      expect(textProblem('a\u001bb', kind)).toBe('must not contain control character U+001B');
      expect(textProblem('a\u0085b', kind)).toBe('must not contain control character U+0085');
      expect(textProblem('a\ud800b', kind)).toMatch(/unpaired surrogate U\+D800/);
      expect(textProblem('\udc00', kind)).toMatch(/unpaired surrogate U\+DC00/);
    }
  });

  it('keeps tab and line breaks for free text only', () => {
    expect(textProblem('line one\n\tline two\r\n', 'free')).toBeNull();
    expect(textProblem('Ayesha\nKhan', 'name')).toBe('must not contain control character U+000A');
  });

  it('refuses bidi override and isolate controls in names, allows them in free text', () => {
    for (const c of ['\u202a', '\u202e', '\u2066', '\u2069']) {
      expect(textProblem(`exe${c}fdp`, 'name')).toMatch(/bidirectional control/);
      expect(textProblem(`exe${c}fdp`, 'free')).toBeNull();
    }
    // Marks (LRM, RLM, ALM) are not overrides: Urdu text with Latin digits needs them.
    expect(textProblem('کلاس\u200f 5', 'name')).toBeNull();
  });

  it('keeps real text from every program locale, emoji included', () => {
    for (const s of ['Ayesha Khan', 'عائشہ خان', 'Çështje', 'Ђорђе Јовановић', 'ok 👍🏽']) {
      expect(textProblem(s, 'name')).toBeNull();
    }
  });

  it('refuses a byte order mark instead of trimming it away', () => {
    expect(Text(20).safeParse('\ufeffAyesha').success).toBe(false);
    expect(FreeText(20).safeParse('Aye\ufeffsha').success).toBe(false);
    expect(Text(20).parse('  Ayesha ')).toBe('Ayesha');
  });
});
