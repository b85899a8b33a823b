import type { Meeting } from './meeting';
import { cycleStage, type DueNext, type Observation, type ObservationDetails } from './observation-types';
import { isOpenAction, type PlanAction } from './plan';

// Zod-free (type imports only): "what is due" across the plan, the observation cycle and meetings,
// computed on the phone from its local store so a mentor and a teacher see it offline.

/** An action due within this many days from today (today included) counts as "soon due". */
export const SOON_DAYS = 7;

export type DueKind = 'action' | 'observation' | 'meeting';

/** One thing due, as the mentee page and the teacher's home list it. */
export interface DueItem {
  kind: DueKind;
  /** The action's, the observation's or the meeting's id. */
  id: string;
  /** ISO date YYYY-MM-DD: an action's due date, a cycle's or a meeting's scheduled day (UTC). */
  dueDate: string;
  /** The scheduled ISO-8601 timestamp of a cycle or meeting; null for an action. */
  at: string | null;
  /** An open action due before today (an action due today is not late yet, as `overdueActions`). */
  overdue: boolean;
  /** A cycle's next step (`cycleStage`); null for the other kinds. */
  step: DueNext;
  /**
   * Whose turn it is: an action's assignee, the person(s) of a cycle's next step, a one-to-one's
   * pair; empty for a group meeting (everyone in the group).
   */
  whosePersonIds: string[];
  /** An action's or meeting's title; null for a cycle (its step names it). */
  title: string | null;
}

export interface DueInput {
  actions: readonly Pick<
    PlanAction,
    'id' | 'ownerPersonId' | 'assigneePersonId' | 'dueDate' | 'status' | 'deletedAt' | 'title'
  >[];
  observations: readonly Pick<
    Observation,
    'id' | 'observerPersonId' | 'observedPersonId' | 'status' | 'scheduledFor' | 'deletedAt'
  >[];
  /** Observation content by observation id (its id is the observation's); missing ones count as empty. */
  details: ReadonlyMap<string, Pick<ObservationDetails, 'selfReflection' | 'observerReflection'>>;
  /** The meetings of the person's groups (the caller picks them): one-to-ones of other pairs are skipped. */
  meetings: readonly Pick<
    Meeting,
    'id' | 'kind' | 'status' | 'scheduledFor' | 'deletedAt' | 'title' | 'createdByPersonId' | 'menteePersonId'
  >[];
}

/** `day` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const KIND_ORDER: Record<DueKind, number> = { action: 0, observation: 1, meeting: 2 };

/**
 * What is due for one person (`personId`) on `today` (YYYY-MM-DD), sorted by due date (then
 * actions, cycles, meetings; then id): their open actions that are overdue or due within
 * `SOON_DAYS` (issue 8, point 2: "overdue actions are shown to both"); every cycle they are in
 * whose next step is someone's (point 4: "the teacher's self-reflection first, then the
 * observer's"); and the next scheduled meeting or one-to-one from today on (point 5). Pure; no errors.
 */
export function dueItems(input: DueInput, personId: string, today: string): DueItem[] {
  const soon = addDays(today, SOON_DAYS - 1);
  const items: DueItem[] = [];
  for (const a of input.actions) {
    if (a.deletedAt || !isOpenAction(a) || a.dueDate > soon) continue;
    if (a.ownerPersonId !== personId && a.assigneePersonId !== personId) continue;
    items.push({
      kind: 'action',
      id: a.id,
      dueDate: a.dueDate,
      at: null,
      overdue: a.dueDate < today,
      step: null,
      whosePersonIds: [a.assigneePersonId],
      title: a.title,
    });
  }
  for (const o of input.observations) {
    if (o.deletedAt || (o.observerPersonId !== personId && o.observedPersonId !== personId)) continue;
    const stage = cycleStage(o, input.details.get(o.id));
    if (stage.dueNext === null) continue;
    items.push({
      kind: 'observation',
      id: o.id,
      dueDate: o.scheduledFor.slice(0, 10),
      at: o.scheduledFor,
      overdue: false,
      step: stage.dueNext,
      whosePersonIds: stage.personIds,
      title: null,
    });
  }
  const next = input.meetings
    .filter(
      (m) =>
        !m.deletedAt &&
        m.status === 'scheduled' &&
        m.scheduledFor.slice(0, 10) >= today &&
        (m.kind === 'group_meeting' || m.menteePersonId === personId || m.createdByPersonId === personId),
    )
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.id.localeCompare(b.id))[0];
  if (next) {
    items.push({
      kind: 'meeting',
      id: next.id,
      dueDate: next.scheduledFor.slice(0, 10),
      at: next.scheduledFor,
      overdue: false,
      step: null,
      whosePersonIds:
        next.kind === 'one_to_one' && next.menteePersonId ? [next.createdByPersonId, next.menteePersonId] : [],
      title: next.title,
    });
  }
  return items.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}
