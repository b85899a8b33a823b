import { learningSections } from './default-instrument-learning';
import { teachingSections } from './default-instrument-teaching';
import type { InstrumentDefinition } from './instrument-types';

/**
 * The lesson-observation instrument every program starts with (issue 8, point 3): seven sections
 * — planning; climate and classroom management; instruction; assessment for learning; student
 * engagement; use of resources; competency-based teaching — each with a 1–4 scale whose four
 * levels are described, yes/partly/no items and a free-text evidence item; a count of students who
 * asked a question (assessment) and a time-on-task snapshot (engagement).
 *
 * Written for Mentora in English, Urdu, Albanian and Serbian (Cyrillic); no proprietary rubric is
 * copied. It is meant for a mentor and a colleague reflecting together, not for inspection
 * (issue 8, on the Kosovo seed: it "worked once it was collegial and confidential"). Zod-free data;
 * `InstrumentDefinition.parse` (instrument.ts) accepts it, which a test checks.
 */
export const defaultLessonObservationInstrument: InstrumentDefinition = {
  sections: [...teachingSections, ...learningSections],
};
