import { isCurrentMember } from '@mentora/core/policy';
import { type NeedArea, needAreasOf } from '@mentora/core/program-defaults';
import type { ActionReview, Goal, Need, PlanAction, TrainingModule } from '@mentora/core/types';
import type { LocalDb } from '../../store/db';

/** An action as the plan screen shows it, with its reviews. */
export interface ActionView {
  action: PlanAction;
  reviews: ActionReview[];
}

/** The pair a new need or goal belongs to: the group, the teacher and their mentor (null: none on this device). */
export interface PairView {
  groupId: string;
  ownerPersonId: string;
  partnerPersonId: string | null;
}

export interface PlanView {
  personId: string;
  personName: string | null;
  /** Names of the people on this device, for "who does it". */
  names: Record<string, string>;
  needs: Need[];
  goals: { goal: Goal; actions: ActionView[] }[];
  otherActions: ActionView[];
  modules: TrainingModule[];
  /** The teacher's program's need areas (`settings.needAreas`, else the default list). */
  needAreas: NeedArea[];
  /** Where the user may record a new need or goal for this teacher; null when they are not a pair. */
  pair: PairView | null;
}

/**
 * A teacher's plan from this device's store (it holds only what its user may read: the pair's
 * rows, group-visible ones, shares). `me`: the user's person id; `day`: today, YYYY-MM-DD.
 * The pair: the teacher themself with a current mentor of their group, or the user as mentor of
 * a group the teacher is a current mentee of.
 */
export async function planView(db: LocalDb, personId: string, me: string, day: string): Promise<PlanView> {
  const [needs, goals, actions, reviews, modules, person] = await Promise.all([
    db.rows('needs').where('ownerPersonId').equals(personId).toArray(),
    db.rows('goals').where('ownerPersonId').equals(personId).toArray(),
    db.rows('actions').where('ownerPersonId').equals(personId).toArray(),
    db.rows('actionReviews').where('ownerPersonId').equals(personId).toArray(),
    db.rows('trainingModules').toArray(),
    db.rows('persons').get(personId),
  ]);
  const live = <T extends { deletedAt: string | null }>(xs: T[]) => xs.filter((x) => !x.deletedAt);
  const byCreated = <T extends { createdAt: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt);
  const view = (a: PlanAction): ActionView => ({
    action: a,
    reviews: live(reviews)
      .filter((r) => r.actionId === a.id)
      .sort(byCreated),
  });
  const liveActions = live(actions).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const goalIds = new Set(live(goals).map((g) => g.id));
  const pair = await pairFor(db, personId, me, day);
  const program = person?.programId ? await db.rows('programs').get(person.programId) : undefined;
  const ids = [personId, ...(pair?.partnerPersonId ? [pair.partnerPersonId] : []), me];
  const people = await db.rows('persons').bulkGet([...new Set(ids)]);
  const names: Record<string, string> = {};
  for (const p of people) if (p) names[p.id] = p.fullName;
  return {
    personId,
    personName: person?.fullName ?? null,
    names,
    needs: live(needs).sort(byCreated),
    goals: live(goals)
      .sort(byCreated)
      .map((goal) => ({ goal, actions: liveActions.filter((a) => a.goalId === goal.id).map(view) })),
    otherActions: liveActions.filter((a) => a.goalId === null || !goalIds.has(a.goalId)).map(view),
    modules: live(modules)
      .filter((m) => !person || m.programId === person.programId)
      .sort((a, b) => a.sortOrder - b.sortOrder),
    needAreas: needAreasOf(program),
    pair,
  };
}

async function pairFor(db: LocalDb, personId: string, me: string, day: string): Promise<PairView | null> {
  const theirs = (await db.rows('groupMembers').where('personId').equals(personId).toArray()).filter(
    (m) => m.role === 'mentee' && isCurrentMember(m, day),
  );
  for (const m of theirs) {
    const members = (await db.rows('groupMembers').where('groupId').equals(m.groupId).toArray()).filter((x) =>
      isCurrentMember(x, day),
    );
    const mentors = members.filter((x) => x.role === 'mentor').map((x) => x.personId);
    if (me === personId) return { groupId: m.groupId, ownerPersonId: personId, partnerPersonId: mentors[0] ?? null };
    if (mentors.includes(me)) return { groupId: m.groupId, ownerPersonId: personId, partnerPersonId: me };
  }
  return null;
}
