// `@mentora/core/program-defaults`: what a new program starts with — the default lesson-observation
// instrument, need areas and need levels — with the instrument's types and limits, and no zod, so
// the web app shows them offline without loading the schemas (those are in instrument.ts).
export * from './concern-categories';
export * from './default-instrument';
export * from './instrument-types';
export * from './need-areas';
export * from './portfolio-prompts';
