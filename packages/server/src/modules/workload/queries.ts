import { type Actor, AppError, can, WORKLOAD_READER_ROLES, type WorkloadResource } from '@mentora/core';
import { type Clock, today } from '../../clock';
import type { Db } from '../../db/connect';
import { daysInMonth, monthBounds, openConcernsByMentor, workloadLimits } from './figures';

type Limits = Awaited<ReturnType<typeof workloadLimits>>;

/** One mentor's figures in one month (core `MentorWorkloadOut`). */
export interface MentorWorkload {
  mentorPersonId: string;
  fullName: string;
  month: string;
  clusters: number;
  teachers: number;
  meetingDays: number;
  visitsPlanned: number;
  visitsDone: number;
  visitsOverdue: number;
  concernsOpen: number;
  over: { clusters: boolean; teachers: boolean; visits: boolean };
}

const addTo = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => m.set(k, (m.get(k) ?? new Set()).add(v));

/**
 * The mentors of a program in a month: a mentor role in the program, or a mentor membership of one
 * of its groups during the month. With the unit paths they work in (their groups' units and their
 * mentor roles' units), which decide who may read their figures.
 */
async function programMentors(db: Db, programId: string, month: string) {
  const { first, last } = monthBounds(month);
  const [roles, members] = await Promise.all([
    db
      .selectFrom('roleAssignments as r')
      .innerJoin('orgUnits as u', 'u.id', 'r.orgUnitId')
      .select(['r.personId', 'u.path'])
      .where('r.programId', '=', programId)
      .where('r.role', '=', 'mentor')
      .where('r.deletedAt', 'is', null)
      .execute(),
    db
      .selectFrom('groupMembers as m')
      .innerJoin('groups as g', 'g.id', 'm.groupId')
      .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
      .select(['m.personId', 'm.groupId', 'g.kind', 'u.path'])
      .where('g.programId', '=', programId)
      .where('g.deletedAt', 'is', null)
      .where('m.role', '=', 'mentor')
      .where('m.deletedAt', 'is', null)
      .where('m.startDate', '<=', last)
      .where((eb) => eb.or([eb('m.endDate', 'is', null), eb('m.endDate', '>=', first)]))
      .execute(),
  ]);
  const paths = new Map<string, Set<string>>();
  const groups = new Map<string, Set<string>>();
  const clusters = new Map<string, Set<string>>();
  for (const r of roles) addTo(paths, r.personId, r.path);
  for (const m of members) {
    addTo(paths, m.personId, m.path);
    addTo(groups, m.personId, m.groupId);
    if (m.kind === 'cluster') addTo(clusters, m.personId, m.groupId);
  }
  return { paths, groups, clusters };
}

/**
 * The figures of `mentorIds` in `month` (`YYYY-MM`), in a handful of queries for the whole team:
 * - `clusters`: cluster groups (`groups.kind = 'cluster'`) they mentor during the month;
 * - `teachers`: distinct mentees of all their groups during the month (the caseload);
 * - `meetingDays`: days within the month of held meetings of their cluster groups (one-to-ones
 *   excluded); a meeting with `endsOn` counts each of its days (PTMP: "two days in a month");
 * - `visitsPlanned`: their visits planned for a day of the month, not cancelled; `visitsDone`: of
 *   those, recorded; `visitsOverdue`: of those, still planned for a day before today;
 * - `concernsOpen`: their clusters' concerns open at the month's end (`openConcernsByMentor`);
 * - `over`: each figure above its program limit (`maxClustersPerMentor`, `maxMenteesPerMentor`,
 *   `maxVisitsPerMonth` on planned visits).
 */
export async function workloadFigures(
  db: Db,
  clock: Clock,
  programId: string,
  month: string,
  mentorIds: readonly string[],
  mentors: Awaited<ReturnType<typeof programMentors>>,
  limits: Limits,
): Promise<MentorWorkload[]> {
  if (mentorIds.length === 0) return [];
  const { first, last } = monthBounds(month);
  const day = today(clock);
  const groupsByMentor = new Map(mentorIds.map((id) => [id, [...(mentors.groups.get(id) ?? [])]]));
  const allGroups = [...new Set([...groupsByMentor.values()].flat())];
  const clusterGroups = [...new Set(mentorIds.flatMap((id) => [...(mentors.clusters.get(id) ?? [])]))];
  const [people, mentees, meetings, visits, concerns] = await Promise.all([
    db.selectFrom('persons').select(['id', 'fullName']).where('id', 'in', mentorIds).execute(),
    allGroups.length
      ? db
          .selectFrom('groupMembers')
          .select(['groupId', 'personId'])
          .where('groupId', 'in', allGroups)
          .where('role', '=', 'mentee')
          .where('deletedAt', 'is', null)
          .where('startDate', '<=', last)
          .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', first)]))
          .execute()
      : Promise.resolve([]),
    clusterGroups.length
      ? db
          .selectFrom('meetings')
          .select(['groupId', 'scheduledFor', 'endsOn'])
          .where('groupId', 'in', clusterGroups)
          .where('status', '=', 'held')
          .where('kind', '<>', 'one_to_one')
          .where('deletedAt', 'is', null)
          .where('scheduledFor', '<', `${last}T99`)
          .execute()
      : Promise.resolve([]),
    db
      .selectFrom('visits')
      .select(['mentorPersonId', 'status', 'plannedFor'])
      .where('mentorPersonId', 'in', mentorIds)
      .where('programId', '=', programId)
      .where('deletedAt', 'is', null)
      .where('status', '<>', 'cancelled')
      .where('plannedFor', '>=', first)
      .where('plannedFor', '<=', last)
      .execute(),
    openConcernsByMentor(db, groupsByMentor, month),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  const menteesOf = new Map<string, Set<string>>();
  for (const m of mentees) addTo(menteesOf, m.groupId, m.personId);
  const daysOf = new Map<string, number>();
  for (const m of meetings) {
    const d = daysInMonth(m.scheduledFor, m.endsOn ?? m.scheduledFor, month);
    daysOf.set(m.groupId, (daysOf.get(m.groupId) ?? 0) + d);
  }
  return mentorIds.map((id) => {
    const groups = groupsByMentor.get(id) ?? [];
    const clusters = [...(mentors.clusters.get(id) ?? [])];
    const teachers = new Set(groups.flatMap((g) => [...(menteesOf.get(g) ?? [])]));
    const mine = visits.filter((v) => v.mentorPersonId === id);
    const figures = {
      clusters: clusters.length,
      teachers: teachers.size,
      meetingDays: clusters.reduce((s, g) => s + (daysOf.get(g) ?? 0), 0),
      visitsPlanned: mine.length,
      visitsDone: mine.filter((v) => v.status === 'done').length,
      visitsOverdue: mine.filter((v) => v.status === 'planned' && v.plannedFor < day).length,
    };
    return {
      mentorPersonId: id,
      fullName: nameOf.get(id) ?? '',
      month,
      ...figures,
      concernsOpen: concerns.get(id) ?? 0,
      over: {
        clusters: figures.clusters > limits.maxClustersPerMentor,
        teachers: figures.teachers > limits.maxMenteesPerMentor,
        visits: figures.visitsPlanned > limits.maxVisitsPerMonth,
      },
    };
  });
}

const resourceOf = (programId: string, id: string, paths: Set<string> | undefined): WorkloadResource => ({
  type: 'workload',
  programId,
  paths: [...(paths ?? [])],
  mentorPersonId: id,
});

/**
 * The mentors' team of a program in `month` (issue 9: "the program's mentors' team view with
 * anyone over a limit flagged"): every mentor whose figures `actor` may read — a program admin or
 * district officer sees the mentors working in their subtree. Figures only, no content.
 * Errors: `not_found` (no such program, or the actor holds no role in it that reads workloads).
 */
export async function teamWorkload(db: Db, actor: Actor, clock: Clock, programId: string, month: string) {
  const program = await db.selectFrom('programs').select('id').where('id', '=', programId).executeTakeFirst();
  const official =
    actor.systemAdmin ||
    actor.assignments.some(
      (a) => a.programId === programId && (WORKLOAD_READER_ROLES as readonly string[]).includes(a.role),
    );
  if (!program || !official) throw new AppError('not_found', 'Program not found');
  const [mentors, limits] = await Promise.all([programMentors(db, programId, month), workloadLimits(db, programId)]);
  const ids = [...mentors.paths.keys()].filter((id) =>
    can(actor, 'read', resourceOf(programId, id, mentors.paths.get(id))),
  );
  const rows = await workloadFigures(db, clock, programId, month, ids, mentors, limits);
  rows.sort((a, b) => a.fullName.localeCompare(b.fullName));
  return { programId, month, limits, mentors: rows };
}

/**
 * One mentor's figures in `month`, for the mentor, or a program admin or district officer of their
 * subtree. Errors: `not_found` (not a mentor of the program, or not readable by `actor`).
 */
export async function mentorWorkload(
  db: Db,
  actor: Actor,
  clock: Clock,
  programId: string,
  personId: string,
  month: string,
) {
  const [mentors, limits] = await Promise.all([programMentors(db, programId, month), workloadLimits(db, programId)]);
  const paths = mentors.paths.get(personId);
  if (!paths || !can(actor, 'read', resourceOf(programId, personId, paths)))
    throw new AppError('not_found', 'Mentor not found');
  const [row] = await workloadFigures(db, clock, programId, month, [personId], mentors, limits);
  return { ...(row as MentorWorkload), limits };
}
