import { describe, expect, it } from 'vitest';
import { defaultNeedAreas, needAreasOf } from './need-areas';
import { ProgramSettings } from './program';

const reading = { key: 'early-reading', label: { en: 'Early reading', sq: 'Leximi fillestar' } };

function problems(settings: unknown) {
  const r = ProgramSettings.safeParse(settings);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('a program’s own need areas (settings.needAreas)', () => {
  it('accept a list of slug keys with an English label and optional translations', () => {
    const parsed = ProgramSettings.parse({ needAreas: [reading, { key: 'assessment', label: { en: 'Assessment' } }] });
    expect(parsed.needAreas?.map((a) => a.key)).toEqual(['early-reading', 'assessment']);
    expect(needAreasOf({ settings: parsed })).toEqual(parsed.needAreas);
  });

  it('refuse a repeated key at its second use, naming the first', () => {
    expect(problems({ needAreas: [reading, { key: 'assessment', label: { en: 'A' } }, reading] })).toEqual([
      { path: 'needAreas.2.key', message: 'key "early-reading" is already used at needAreas.0.key' },
    ]);
  });

  it('refuse a label without English, a key that is not a slug, an empty list and more than 30 areas', () => {
    expect(problems({ needAreas: [{ key: 'x', label: { sq: 'Leximi' } }] }).map((p) => p.path)).toEqual([
      'needAreas.0.label.en',
    ]);
    expect(problems({ needAreas: [{ key: 'Early Reading', label: { en: 'x' } }] }).map((p) => p.path)).toEqual([
      'needAreas.0.key',
    ]);
    expect(problems({ needAreas: [] }).map((p) => p.path)).toEqual(['needAreas']);
    const many = Array.from({ length: 31 }, (_, i) => ({ key: `area-${i}`, label: { en: `Area ${i}` } }));
    expect(problems({ needAreas: many }).map((p) => p.path)).toEqual(['needAreas']);
  });

  it('refuse a blank or multi-line label (the one-line text rule)', () => {
    expect(problems({ needAreas: [{ key: 'x', label: { en: '   ' } }] }).map((p) => p.path)).toEqual([
      'needAreas.0.label.en',
    ]);
    expect(problems({ needAreas: [{ key: 'x', label: { en: 'a\nb' } }] }).map((p) => p.path)).toEqual([
      'needAreas.0.label.en',
    ]);
  });

  it('fall back to the default list when a program has none', () => {
    expect(needAreasOf({ settings: ProgramSettings.parse({}) })).toBe(defaultNeedAreas);
    expect(needAreasOf(null)).toBe(defaultNeedAreas);
  });
});
