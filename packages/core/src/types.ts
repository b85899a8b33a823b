// `@mentora/core/types`: every type of core and none of its values, so importing it adds nothing
// (no zod) to a bundle. The answers' types are inferred from the response schemas (http/responses.ts).
export type * from './commands/index';
export type * from './errors/index';
export type * from './http/concerns';
export type * from './http/meetings';
export type * from './http/responses';
export type * from './model/common';
export type * from './model/concern';
export type * from './model/group';
export type * from './model/instrument';
export type * from './model/meeting';
export type * from './model/need-areas';
export type * from './model/observation';
export type * from './model/org-unit';
export type * from './model/person';
export type * from './model/plan';
export type * from './model/portfolio-prompts';
export type * from './model/program';
export type * from './model/reflection';
export type * from './model/reflection-out';
export type * from './model/role-assignment';
export type * from './model/roles';
export type * from './model/user';
export type * from './mutators/index';
export type * from './policy/index';
export type * from './sync/index';
