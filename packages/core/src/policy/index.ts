import type { Actor } from './actor';
import { type ActionOn, POLICIES, type Resource } from './registry';

export { isCurrentMember } from '../model/membership';
export type { AccountResource } from './accounts';
export { type Actor, actorFromMe, holds, inProgram, type MeForActor, memberOf } from './actor';
export {
  type ContentKind,
  type ContentMeta,
  type ContentResource,
  contentResource,
  mayChooseVisibility,
  PAIR_EDITED_KINDS,
  VISIBILITIES,
  type Visibility,
} from './content';
export type { Crud } from './define';
export {
  FEEDBACK_THRESHOLD,
  FEEDBACK_WINDOW_DAYS,
  type FeedbackGivenResource,
  type FeedbackResource,
  feedbackClosesAfter,
} from './feedback';
export type { GroupResource } from './groups';
export type { InstrumentResource } from './instruments';
export type { ContactHoursResource, MeetingResource } from './meetings';
export type { AggregateResource } from './monitoring';
export type { ObservationResource } from './observations';
export type { OrgUnitResource } from './org';
export type { PersonResource } from './people';
export { mayGrant, NO_PRIVILEGES, outranks, type Privileges } from './privileges';
export type { ProgramResource } from './programs';
export type { Action, ActionOn, Resource, ResourceOf, ResourceType } from './registry';
export type { RoleAssignmentResource } from './roles';
export type { RosterResource } from './roster';
export {
  ADMIN_ROLES,
  AGGREGATE_READER_ROLES,
  type ReadScope,
  readScope,
  SCOPE_READER_ROLES,
  scopePaths,
} from './scope';
export type { UploadResource } from './uploads';
export { type VisitResource, WORKLOAD_READER_ROLES, type WorkloadResource } from './visits';

/**
 * The one policy: deny by default. The server enforces it on every read and write; the client
 * uses it to hide what the user may not do (ARCHITECTURE §3). The action must be one the
 * resource's area declares — `can(actor, 'share', group)` does not compile — and at run time an
 * unknown resource type or undeclared action is refused before any rule runs.
 */
export function can<R extends Resource>(actor: Actor | null, action: ActionOn<R['type']>, resource: R): boolean {
  const policy = POLICIES.get(resource.type);
  if (actor === null || policy === undefined || !policy.actions.includes(action)) return false;
  return policy.rule(actor, action, resource);
}
