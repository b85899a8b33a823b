import { AREA_POLICIES } from '../areas/device';
import type { ResourcePolicy } from './define';

// The list of area policies is combined with the rest of each area's zod-free part in
// `areas/device.ts` (docs/adding-an-area.md); `can()` dispatches on it, the types below derive from it.
const AREAS = AREA_POLICIES;

type AreaPolicy = (typeof AREAS)[number];

/** What the policy is asked about: one record's type and the facts its rule needs. */
export type Resource = AreaPolicy extends infer P
  ? P extends { rule: (a: never, b: never, r: infer R) => boolean }
    ? R
    : never
  : never;

/** The resource types the policy knows. */
export type ResourceType = Resource['type'];

/**
 * The resource of one type, e.g. `ResourceOf<'group'>` (= `GroupResource`): how the web app names a
 * new area's resource through `@mentora/core/policy` without a re-export to add in `index.ts`.
 */
export type ResourceOf<T extends ResourceType> = Extract<Resource, { type: T }>;

/**
 * The actions of the resource type(s) `T`: `ActionOn<'group'>` is CRUD, `ActionOn<'content'>` adds
 * `share`. Distributes over a union, so a resource of unknown type accepts any action of any type.
 */
export type ActionOn<T extends ResourceType> = T extends ResourceType
  ? Extract<AreaPolicy, { type: T }>['actions'][number]
  : never;

/** Every action of every area. */
export type Action = ActionOn<ResourceType>;

/** The policies by resource type; a type declared twice is a programming error caught by the registry test. */
export const POLICIES: ReadonlyMap<string, ResourcePolicy<Resource, string>> = new Map(
  AREAS.map((p) => [p.type, p as unknown as ResourcePolicy<Resource, string>]),
);

/** The number of area policies registered (the registry test checks no type is declared twice). */
export const AREA_COUNT = AREAS.length;
