import { type DueItem, dueItems } from '@mentora/core/due';
import { type CycleStage, cycleStage } from '@mentora/core/observations';
import { isCurrentMember } from '@mentora/core/policy';
import type { Observation, Reflection } from '@mentora/core/types';
import type { LocalDb } from '../../store/db';

// Reads for the mentee page and the teacher's "what is due", from the phone's local store only:
// both open in a school with no signal. The store holds only what the user may read.

/** A due item with the names a screen shows: whose turn, and the other person of a cycle. */
export interface DueView extends DueItem {
  /** Names of `whosePersonIds`, in order (null: not on this phone). */
  whoseNames: (string | null)[];
  /** A cycle's observer and observed teacher (null for the other kinds), with their names if on this phone. */
  observerPersonId: string | null;
  observedPersonId: string | null;
  observerName: string | null;
  observedName: string | null;
  /** For an action: the teacher whose plan it is in (to link to that plan). */
  ownerPersonId: string | null;
}

async function namesOf(db: LocalDb, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const people = await db.rows('persons').bulkGet(unique);
  return new Map(people.flatMap((p) => (p ? [[p.id, p.fullName] as const] : [])));
}

/** The groups `personId` is a current member of on `day`, with their meetings. */
async function groupsOf(db: LocalDb, personId: string, day: string) {
  const memberships = (await db.rows('groupMembers').where('personId').equals(personId).toArray()).filter((m) =>
    isCurrentMember(m, day),
  );
  const groupIds = [...new Set(memberships.map((m) => m.groupId))];
  const [groups, meetings] = await Promise.all([
    db.rows('groups').bulkGet(groupIds),
    db.rows('meetings').where('groupId').anyOf(groupIds).toArray(),
  ]);
  return {
    memberships,
    groups: groups.flatMap((g) => (g && !g.deletedAt ? [{ id: g.id, name: g.name }] : [])),
    meetings,
  };
}

/** The cycles `personId` observes or is observed in (deleted ones included; callers filter). */
async function cyclesOf(db: LocalDb, personId: string): Promise<Observation[]> {
  return (await db.rows('observations').toArray()).filter(
    (o) => o.observerPersonId === personId || o.observedPersonId === personId,
  );
}

/**
 * What is due for `personId` on `day` (YYYY-MM-DD), as core `dueItems` sorts it, with names:
 * their plan's actions, the cycles they are in and the next meeting of their groups.
 */
export async function dueFor(db: LocalDb, personId: string, day: string): Promise<DueView[]> {
  // A device holds a few hundred actions and cycles at most: a scan is cheaper than more indexes.
  const [allActions, observations, { meetings }] = await Promise.all([
    db.rows('actions').toArray(),
    cyclesOf(db, personId),
    groupsOf(db, personId, day),
  ]);
  const actions = allActions.filter((a) => a.ownerPersonId === personId || a.assigneePersonId === personId);
  const details = await db.rows('observationDetails').bulkGet(observations.map((o) => o.id));
  const items = dueItems(
    {
      actions,
      observations,
      details: new Map(details.flatMap((d) => (d ? [[d.id, d] as const] : []))),
      meetings,
    },
    personId,
    day,
  );
  const byId = new Map(observations.map((o) => [o.id, o]));
  const owners = new Map(actions.map((a) => [a.id, a.ownerPersonId]));
  const names = await namesOf(db, [
    ...items.flatMap((i) => i.whosePersonIds),
    ...observations.flatMap((o) => [o.observerPersonId, o.observedPersonId]),
  ]);
  return items.map((i) => {
    const o = i.kind === 'observation' ? byId.get(i.id) : undefined;
    return {
      ...i,
      whoseNames: i.whosePersonIds.map((id) => names.get(id) ?? null),
      observerPersonId: o?.observerPersonId ?? null,
      observedPersonId: o?.observedPersonId ?? null,
      observerName: o ? (names.get(o.observerPersonId) ?? null) : null,
      observedName: o ? (names.get(o.observedPersonId) ?? null) : null,
      ownerPersonId: i.kind === 'action' ? (owners.get(i.id) ?? null) : null,
    };
  });
}

export interface MenteeCycle {
  o: Observation;
  stage: CycleStage;
  /** The other person of the cycle (the mentee's observer, or whom the mentee observes). */
  otherName: string | null;
  menteeObserves: boolean;
}

/** The mentee page: the mentee, their groups, what is due and each area's summary. */
export interface MenteeHub {
  personId: string;
  name: string | null;
  groups: { id: string; name: string }[];
  /** Whether the user is a current mentor of one of the mentee's groups (else the page says so). */
  mentoredByMe: boolean;
  due: DueView[];
  plan: { openNeeds: number; openGoals: number; openActions: number; overdueActions: number };
  observations: MenteeCycle[];
  /** The mentee's portfolio entries this phone holds (so the user may read them), newest first. */
  portfolio: Reflection[];
}

/** The mentee page of `personId` for the user `me` on `day` (YYYY-MM-DD); undefined when the person is not on this phone. */
export async function menteeHub(
  db: LocalDb,
  personId: string,
  me: string,
  day: string,
): Promise<MenteeHub | undefined> {
  const person = await db.rows('persons').get(personId);
  if (!person) return undefined;
  const [{ memberships, groups }, due, needs, goals, actions, allCycles, reflections] = await Promise.all([
    groupsOf(db, personId, day),
    dueFor(db, personId, day),
    db.rows('needs').where('ownerPersonId').equals(personId).toArray(),
    db.rows('goals').where('ownerPersonId').equals(personId).toArray(),
    db.rows('actions').where('ownerPersonId').equals(personId).toArray(),
    cyclesOf(db, personId),
    db.rows('reflections').where('ownerPersonId').equals(personId).toArray(),
  ]);
  const menteeGroups = new Set(memberships.filter((m) => m.role === 'mentee').map((m) => m.groupId));
  const mine = (await db.rows('groupMembers').where('personId').equals(me).toArray()).filter(
    (m) => m.role === 'mentor' && isCurrentMember(m, day) && menteeGroups.has(m.groupId),
  );
  const live = <T extends { deletedAt: string | null }>(xs: T[]) => xs.filter((x) => !x.deletedAt);
  const openActions = live(actions).filter((a) => a.status === 'planned' || a.status === 'in_progress');
  const cycles = live(allCycles);
  const [details, names] = await Promise.all([
    db.rows('observationDetails').bulkGet(cycles.map((o) => o.id)),
    namesOf(
      db,
      cycles.map((o) => (o.observedPersonId === personId ? o.observerPersonId : o.observedPersonId)),
    ),
  ]);
  const observations = cycles
    .map((o, i) => {
      const menteeObserves = o.observerPersonId === personId;
      return {
        o,
        stage: cycleStage(o, details[i]),
        menteeObserves,
        otherName: names.get(menteeObserves ? o.observedPersonId : o.observerPersonId) ?? null,
      };
    })
    .sort(
      (a, b) =>
        Number(a.stage.dueNext === null) - Number(b.stage.dueNext === null) ||
        b.o.scheduledFor.localeCompare(a.o.scheduledFor),
    );
  return {
    personId,
    name: person.fullName,
    groups,
    mentoredByMe: mine.length > 0,
    due,
    plan: {
      openNeeds: live(needs).filter((n) => n.status === 'open').length,
      openGoals: live(goals).filter((g) => g.status === 'open').length,
      openActions: openActions.length,
      overdueActions: openActions.filter((a) => a.dueDate < day).length,
    },
    observations,
    portfolio: live(reflections).sort(
      (a, b) => b.entryDate.localeCompare(a.entryDate) || b.createdAt.localeCompare(a.createdAt),
    ),
  };
}
