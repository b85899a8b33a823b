import { accountsPolicy } from './accounts';
import { contentPolicy } from './content';
import type { ResourcePolicy } from './define';
import { groupsPolicy } from './groups';
import { monitoringPolicy } from './monitoring';
import { orgPolicy } from './org';
import { peoplePolicy } from './people';
import { programsPolicy } from './programs';
import { rolesPolicy } from './roles';
import { rosterPolicy } from './roster';
import { uploadsPolicy } from './uploads';

/**
 * Every area's policy, one entry per resource type: `can()` dispatches on this list, and the types
 * `Resource`, `Action` and `ActionOn<T>` are derived from it. A new area adds one entry (ADR 0016).
 */
const AREAS = [
  programsPolicy,
  orgPolicy,
  peoplePolicy,
  accountsPolicy,
  rolesPolicy,
  groupsPolicy,
  rosterPolicy,
  monitoringPolicy,
  contentPolicy,
  uploadsPolicy,
] as const;

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
