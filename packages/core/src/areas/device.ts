import { concernMutators, concernsDevice } from '../mutators/concerns';
import { feedbackDevice, feedbackMutators } from '../mutators/feedback';
import { groupMutators, groupsDevice } from '../mutators/groups';
import { meetingMutators, meetingsDevice } from '../mutators/meetings';
import { observationMutators, observationsDevice } from '../mutators/observations';
import { orgDevice } from '../mutators/org';
import { personMutators, personsDevice } from '../mutators/persons';
import { planMutators, plansDevice } from '../mutators/plans';
import { programsDevice } from '../mutators/programs';
import { reflectionMutators, reflectionsDevice } from '../mutators/reflections';
import { rolesDevice } from '../mutators/roles';
import { syncDevice } from '../mutators/sync';
import { visitMutators, visitsDevice } from '../mutators/visits';
import { accountsPolicy } from '../policy/accounts';
import { concernStatsPolicy, concernsPolicy } from '../policy/concerns';
import { contentPolicy } from '../policy/content';
import { feedbackGivenPolicy, feedbackPolicy } from '../policy/feedback';
import { groupsPolicy } from '../policy/groups';
import { instrumentsPolicy } from '../policy/instruments';
import { contactHoursPolicy, meetingsPolicy } from '../policy/meetings';
import { monitoringPolicy } from '../policy/monitoring';
import { observationsPolicy } from '../policy/observations';
import { orgPolicy } from '../policy/org';
import { peoplePolicy } from '../policy/people';
import { programsPolicy } from '../policy/programs';
import { rolesPolicy } from '../policy/roles';
import { rosterPolicy } from '../policy/roster';
import { uploadsPolicy } from '../policy/uploads';
import { visitsPolicy, workloadPolicy } from '../policy/visits';

// Core's zod-free combining place (docs/adding-an-area.md, ADR 0015/0018): what the web app needs of
// each area without zod. `areas/index.ts` is the other one, for the command schemas. A new area adds
// its device part, its mutators and its policy here — one line each — and touches no other list.

/**
 * The tables a device holds, in the order a pull fills them (ARCHITECTURE §5), with the fields each
 * is indexed on; `sync/tables.ts` derives `SYNC_TABLES` and `SyncRecords` from it, the web store
 * its IndexedDB schema.
 */
export const DEVICE_TABLES = {
  ...programsDevice.tables,
  ...orgDevice.tables,
  ...personsDevice.tables,
  ...rolesDevice.tables,
  ...groupsDevice.tables,
  ...meetingsDevice.tables,
  ...plansDevice.tables,
  ...observationsDevice.tables,
  ...reflectionsDevice.tables,
  ...feedbackDevice.tables,
  ...visitsDevice.tables,
  ...concernsDevice.tables,
  ...syncDevice.tables,
};

/** Update commands → the table and text fields that keep a conflict copy (server: sync/conflicts.ts). */
export const DEVICE_CONFLICT_FIELDS = {
  ...personsDevice.conflictFields,
  ...groupsDevice.conflictFields,
  ...orgDevice.conflictFields,
  ...meetingsDevice.conflictFields,
  ...plansDevice.conflictFields,
  ...observationsDevice.conflictFields,
  ...reflectionsDevice.conflictFields,
  ...visitsDevice.conflictFields,
  ...concernsDevice.conflictFields,
};

/** The optimistic effect of each command a device queues offline, one area's file each. */
export const DEVICE_MUTATORS = {
  ...personMutators,
  ...groupMutators,
  ...meetingMutators,
  ...planMutators,
  ...observationMutators,
  ...reflectionMutators,
  ...feedbackMutators,
  ...visitMutators,
  ...concernMutators,
};

/**
 * Every area's policy, one entry per resource type: `can()` dispatches on this list, and the types
 * `Resource`, `Action` and `ActionOn<T>` are derived from it (ADR 0016).
 */
export const AREA_POLICIES = [
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
  instrumentsPolicy,
  observationsPolicy,
  meetingsPolicy,
  contactHoursPolicy,
  feedbackPolicy,
  feedbackGivenPolicy,
  visitsPolicy,
  workloadPolicy,
  concernsPolicy,
  concernStatsPolicy,
] as const;
