import type { AssignableRole } from '../model/roles';
import { holds, memberOf } from './actor';
import { resourcePolicy } from './define';

/**
 * A follow-up visit's metadata (and the head teacher's acknowledgement, read as its visit):
 * `path` the visited school's unit, `groupId` the cluster, `mentorPersonId` who planned it.
 */
export type VisitResource = {
  type: 'visit';
  programId: string;
  path: string;
  groupId: string;
  mentorPersonId: string;
};

/** What officials may do with a mentor's workload figures (issue 9: figures only, never content). */
export const WORKLOAD_READER_ROLES = ['program_admin', 'district_officer'] as const satisfies readonly AssignableRole[];

/**
 * Issue 9: the cluster's mentor plans, changes and records visits; the head teacher of the visited
 * school reads the visit and acknowledges it ("head teachers who were left out" held PTMP back).
 * District officers and program admins get counts (`aggregate`), never a visit: a visit names the
 * teachers seen, and mentoring is not monitoring (ARCHITECTURE §3). The support given is content
 * (`visit_note`, policy/content.ts): the mentor's alone.
 */
export const visitsPolicy = resourcePolicy<VisitResource>()(
  'visit',
  ['read', 'create', 'update', 'acknowledge'],
  (actor, action, r) => {
    const head = holds(actor, ['head_teacher'], r.programId, r.path);
    switch (action) {
      case 'read':
        return actor.systemAdmin || actor.personId === r.mentorPersonId || memberOf(actor, r.groupId, 'mentor') || head;
      case 'acknowledge':
        return head;
      default:
        return memberOf(actor, r.groupId, 'mentor');
    }
  },
);

/**
 * One mentor's workload figures (clusters, teachers, meeting days, visits, open concerns): `paths`
 * are the units of the mentor's groups. The mentor reads their own; program admins and district
 * officers those of mentors working in their subtree.
 */
export type WorkloadResource = {
  type: 'workload';
  programId: string;
  paths: readonly string[];
  mentorPersonId: string;
};

export const workloadPolicy = resourcePolicy<WorkloadResource>()(
  'workload',
  ['read'],
  (actor, _action, r) =>
    actor.systemAdmin ||
    actor.personId === r.mentorPersonId ||
    r.paths.some((p) => holds(actor, WORKLOAD_READER_ROLES, r.programId, p)),
);
