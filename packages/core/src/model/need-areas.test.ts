import { describe, expect, it } from 'vitest';
import { InstrumentKey, Translations } from './instrument';
import { defaultNeedAreas, NEED_LEVELS, needLevelLabels } from './need-areas';
import { translationProblems } from './test-translations';

describe('default need areas', () => {
  it('are the areas issue 8 names, with unique slug keys', () => {
    expect(defaultNeedAreas.map((a) => a.key)).toEqual([
      'curriculum-planning',
      'classroom-management',
      'assessment',
      'subject-content',
      'competency-based-teaching',
      'inclusion',
      'use-of-resources',
    ]);
    for (const area of defaultNeedAreas) expect(InstrumentKey.parse(area.key)).toBe(area.key);
  });

  it('are labelled in all four languages, and the labels parse as translations', () => {
    const labels = defaultNeedAreas.map((a) => [a.key, a.label] as const);
    expect(labels.flatMap(([key, label]) => translationProblems(key, label))).toEqual([]);
    for (const [, label] of labels) expect(Translations.parse(label)).toEqual(label);
  });
});

describe('need levels', () => {
  it('run from basic to specific, each labelled in all four languages', () => {
    expect(NEED_LEVELS).toEqual(['basic', 'intermediate', 'specific']);
    expect(Object.keys(needLevelLabels)).toEqual([...NEED_LEVELS]);
    expect(NEED_LEVELS.flatMap((l) => translationProblems(l, needLevelLabels[l]))).toEqual([]);
  });
});
