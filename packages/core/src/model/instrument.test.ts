import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { defaultLessonObservationInstrument as sut } from './default-instrument';
import {
  checkResponse,
  INSTRUMENT_LIMITS,
  InstrumentDefinition,
  type InstrumentItem,
  ItemResponse,
  type ItemType,
  type Translations,
} from './instrument';
import type * as T from './instrument-types';
import { translationProblems } from './test-translations';

const allItems = (def: T.InstrumentDefinition) => def.sections.flatMap((s) => s.items);

/** Every text of the instrument with where it sits, e.g. `climate-respect.levels.2`. */
function texts(def: T.InstrumentDefinition): Array<[string, Translations]> {
  return def.sections.flatMap((s) => [
    [`${s.key}.title`, s.title] as [string, Translations],
    ...s.items.flatMap((i) => [
      [`${i.key}.prompt`, i.prompt] as [string, Translations],
      ...(i.help ? [[`${i.key}.help`, i.help] as [string, Translations]] : []),
      ...(i.levels ?? []).map((l, n) => [`${i.key}.levels.${n}`, l] as [string, Translations]),
    ]),
  ]);
}

/** Where a definition is refused, as `path: message` lines. */
function refusal(input: unknown): string[] {
  const parsed = InstrumentDefinition.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const en = (text: string): Translations => ({ en: text });
const fourLevels = (): T.ScaleItem['levels'] => [en('one'), en('two'), en('three'), en('four')];
const oneSection = (items: unknown[]) => ({ sections: [{ key: 'lesson', title: en('Lesson'), items }] });

describe('the default lesson-observation instrument', () => {
  it('parses as an instrument definition, unchanged', () => {
    expect(InstrumentDefinition.parse(sut)).toEqual(sut);
  });

  it('has the seven sections of issue 8, each with 3 to 5 items, a described 1–4 scale and an evidence note', () => {
    expect(sut.sections.map((s) => s.key)).toEqual([
      'planning',
      'climate',
      'instruction',
      'assessment',
      'engagement',
      'resources',
      'competencies',
    ]);
    for (const section of sut.sections) {
      expect(section.items.length, section.key).toBeGreaterThanOrEqual(3);
      expect(section.items.length, section.key).toBeLessThanOrEqual(5);
      const types = section.items.map((i) => i.type);
      expect(types, section.key).toContain('scale_1_4');
      expect(
        types.filter((t) => t === 'free_text'),
        section.key,
      ).toHaveLength(1);
    }
    const types = allItems(sut).map((i) => i.type);
    expect(new Set(types)).toEqual(
      new Set<ItemType>(['yes_partly_no', 'scale_1_4', 'count', 'free_text', 'time_on_task']),
    );
    const engagement = sut.sections.find((s) => s.key === 'engagement');
    expect(engagement?.items.map((i) => i.type)).toContain('time_on_task');
  });

  it('is written in all four languages: no text left in English, Urdu in Urdu script, Serbian in Cyrillic', () => {
    const all = texts(sut);
    expect(all.length).toBeGreaterThan(60);
    expect(all.flatMap(([where, t]) => translationProblems(where, t))).toEqual([]);
  });

  it('gives every scale item four different level descriptors in every language', () => {
    const scales = allItems(sut).filter((i) => i.type === 'scale_1_4');
    expect(scales.length).toBeGreaterThanOrEqual(7);
    for (const item of scales) {
      for (const locale of ['en', 'ur', 'sq', 'sr'] as const) {
        expect(new Set(item.levels.map((l) => l[locale])).size, `${item.key} ${locale}`).toBe(4);
      }
    }
  });

  it('uses each key once across sections and items', () => {
    const keys = [...sut.sections.map((s) => s.key), ...allItems(sut).map((i) => i.key)];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('InstrumentDefinition', () => {
  it('refuses a scale item without four level descriptors, at the item’s levels', () => {
    const scale = { key: 'clarity', type: 'scale_1_4', prompt: en('Clarity') };
    const message = 'a scale_1_4 item needs exactly four level descriptors, for levels 1 to 4 in order';
    expect(refusal(oneSection([scale]))).toEqual([`sections.0.items.0.levels: ${message}`]);
    expect(refusal(oneSection([{ ...scale, levels: fourLevels().slice(0, 3) }]))).toEqual([
      `sections.0.items.0.levels: ${message}`,
    ]);
    expect(refusal(oneSection([{ ...scale, levels: [...fourLevels(), en('five')] }]))).toEqual([
      `sections.0.items.0.levels: ${message}`,
    ]);
    expect(refusal(oneSection([{ ...scale, levels: fourLevels() }]))).toEqual([]);
  });

  it('refuses level descriptors on any other item type, and an unknown type', () => {
    const count = { key: 'questions', type: 'count', prompt: en('Questions'), levels: fourLevels() };
    expect(refusal(oneSection([count]))).toEqual([
      'sections.0.items.0.levels: only a scale_1_4 item has level descriptors',
    ]);
    expect(refusal(oneSection([{ key: 'x', type: 'stars', prompt: en('X') }]))).toEqual([
      'sections.0.items.0.type: type must be one of yes_partly_no, scale_1_4, count, free_text, time_on_task',
    ]);
  });

  it('refuses a key used twice, within a section, across sections, or by a section and an item', () => {
    const item = (key: string) => ({ key, type: 'free_text', prompt: en('Notes') });
    const twoSections = {
      sections: [
        { key: 'planning', title: en('Planning'), items: [item('notes'), item('notes')] },
        { key: 'climate', title: en('Climate'), items: [item('planning'), item('notes')] },
      ],
    };
    expect(refusal(twoSections)).toEqual([
      'sections.0.items.1.key: key "notes" is already used at sections.0.items.0.key',
      'sections.1.items.0.key: key "planning" is already used at sections.0.key',
      'sections.1.items.1.key: key "notes" is already used at sections.0.items.0.key',
    ]);
  });

  it('refuses a key that is not a slug, an empty translation and an unknown field', () => {
    expect(refusal(oneSection([{ key: 'Planning Notes', type: 'free_text', prompt: en('Notes') }]))[0]).toMatch(
      /^sections\.0\.items\.0\.key: must be a key/,
    );
    expect(refusal(oneSection([{ key: 'notes', type: 'free_text', prompt: { en: 'Notes', sq: '  ' } }]))).toHaveLength(
      1,
    );
    expect(refusal(oneSection([{ key: 'notes', type: 'free_text', prompt: { en: 'Notes', de: 'Notizen' } }]))).toEqual([
      'sections.0.items.0.prompt: Unrecognized key: "de"',
    ]);
  });

  it('holds at most 20 sections and 100 items', () => {
    const section = (s: number, n: number) => ({
      key: `s${s}`,
      title: en(`Section ${s}`),
      items: Array.from({ length: n }, (_, i) => ({ key: `s${s}-i${i}`, type: 'count', prompt: en(`Item ${i}`) })),
    });
    const sections = (count: number, items: number) => ({
      sections: Array.from({ length: count }, (_, s) => section(s, items)),
    });
    expect(refusal(sections(20, 5))).toEqual([]);
    expect(refusal(sections(21, 1))).toEqual(['sections: Too big: expected array to have <=20 items']);
    expect(refusal(sections(2, 51))).toEqual([
      `sections: an instrument holds at most ${INSTRUMENT_LIMITS.items} items; this one has 102`,
    ]);
  });

  it('parses to the zod-free types the web app uses', () => {
    expectTypeOf<z.output<typeof InstrumentDefinition>>().toEqualTypeOf<T.InstrumentDefinition>();
    expectTypeOf<z.output<typeof ItemResponse>>().toEqualTypeOf<T.ItemResponse>();
  });
});

const at = '2026-11-30T09:15:00Z';
const valid: Record<ItemType, { key: string; value: unknown }> = {
  yes_partly_no: { key: 'planning-outcomes', value: 'partly' },
  scale_1_4: { key: 'planning-flow', value: 3 },
  count: { key: 'assessment-student-questions', value: 7 },
  free_text: { key: 'planning-evidence', value: 'The outcomes were on the board.' },
  time_on_task: { key: 'engagement-time-on-task', value: { onTask: 24, offTask: 4, at } },
};

describe('checkResponse', () => {
  it.each(Object.entries(valid))('accepts a %s value for its item', (type, { key, value }) => {
    expect(checkResponse(sut, key, value)).toEqual({ ok: true, itemKey: key, response: { type, value } });
  });

  it('stores free text trimmed', () => {
    expect(checkResponse(sut, 'planning-evidence', '  Pairs compared answers.\n')).toMatchObject({
      ok: true,
      response: { value: 'Pairs compared answers.' },
    });
  });

  it('refuses an item the version does not have', () => {
    expect(checkResponse(sut, 'planning-homework', 'yes')).toEqual({
      ok: false,
      issues: [{ path: 'itemKey', message: 'no item "planning-homework" in this instrument version' }],
    });
  });

  it('refuses a value of another item type, naming the item', () => {
    expect(checkResponse(sut, 'planning-outcomes', 3)).toEqual({
      ok: false,
      issues: [{ path: 'value', message: 'yes_partly_no item "planning-outcomes": must be yes, partly or no' }],
    });
    expect(checkResponse(sut, 'planning-flow', 'yes')).toMatchObject({ ok: false, issues: [{ path: 'value' }] });
    expect(checkResponse(sut, 'assessment-student-questions', '7')).toMatchObject({ ok: false });
    expect(checkResponse(sut, 'planning-evidence', 12)).toMatchObject({ ok: false });
    expect(checkResponse(sut, 'engagement-time-on-task', 24)).toMatchObject({ ok: false });
  });

  it('refuses values out of range', () => {
    const refused = (key: string, value: unknown) => checkResponse(sut, key, value).ok === false;
    expect([0, 5, 2.5, Number.NaN].every((v) => refused('planning-flow', v))).toBe(true);
    expect([-1, 10_001, 1.5, Number.POSITIVE_INFINITY].every((v) => refused('assessment-student-questions', v))).toBe(
      true,
    );
    expect(refused('assessment-student-questions', 10_000)).toBe(false);
    expect(['', '   ', 'x'.repeat(4001), 'a\u0000b'].every((v) => refused('planning-evidence', v))).toBe(true);
    expect(refused('planning-evidence', 'x'.repeat(4000))).toBe(false);
  });

  it('refuses a time-on-task snapshot of no students, over 200, or malformed', () => {
    const snapshot = (onTask: number, offTask: number, when: string = at) =>
      checkResponse(sut, 'engagement-time-on-task', { onTask, offTask, at: when });
    expect(snapshot(150, 50).ok).toBe(true);
    expect(snapshot(150, 51)).toEqual({
      ok: false,
      issues: [
        {
          path: 'value',
          message:
            'time_on_task item "engagement-time-on-task": onTask + offTask must count 1 to 200 students; got 201',
        },
      ],
    });
    expect(snapshot(0, 0).ok).toBe(false);
    expect(snapshot(-1, 5)).toMatchObject({ ok: false, issues: [{ path: 'value.onTask' }] });
    expect(snapshot(3, 5, '09:15')).toMatchObject({ ok: false, issues: [{ path: 'value.at' }] });
    const extra = checkResponse(sut, 'engagement-time-on-task', { onTask: 3, offTask: 5, at, note: 'x' });
    expect(extra.ok).toBe(false);
  });

  it('re-accepts every value it accepts, unchanged (property)', () => {
    const item = fc.constantFrom(...allItems(sut)) as fc.Arbitrary<InstrumentItem>;
    const value = fc.oneof(
      fc.constantFrom('yes', 'partly', 'no', 'maybe'),
      fc.integer({ min: -1, max: 6 }),
      fc.integer({ min: -5, max: 10_010 }),
      fc.double(),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.record({
        onTask: fc.integer({ min: -2, max: 210 }),
        offTask: fc.integer({ min: -2, max: 210 }),
        at: fc.constant(at),
      }),
      fc.anything(),
    );
    // Values shaped for the drawn item's type half the time, so every type is reached in every run
    // (with the item drawn first among 28, a time-on-task record came up about twice per 1,000 runs).
    const typed: Record<ItemType, fc.Arbitrary<unknown>> = {
      yes_partly_no: fc.constantFrom('yes', 'partly', 'no', 'maybe'),
      scale_1_4: fc.integer({ min: -1, max: 6 }),
      count: fc.integer({ min: -5, max: 10_010 }),
      free_text: fc.string({ unit: 'grapheme', maxLength: 30 }),
      time_on_task: fc.record({
        onTask: fc.integer({ min: -2, max: 210 }),
        offTask: fc.integer({ min: -2, max: 210 }),
        at: fc.constant(at),
      }),
    };
    const pair = item.chain((it) => fc.tuple(fc.constant(it), fc.oneof(typed[it.type], value)));
    const accepted = new Set<ItemType>();
    fc.assert(
      fc.property(pair, ([it, v]) => {
        const first = checkResponse(sut, it.key, v);
        if (!first.ok) return;
        accepted.add(it.type);
        expect(first.response.type).toBe(it.type);
        expect(checkResponse(sut, it.key, first.response.value)).toEqual(first);
        expect(ItemResponse.parse(first.response)).toEqual(first.response);
      }),
      { numRuns: 1000 },
    );
    // The generator reaches an accepted value of every type, so the property is not vacuous.
    expect(accepted.size).toBe(5);
  });
});
