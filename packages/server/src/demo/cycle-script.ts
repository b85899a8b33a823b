import type { ActivityRunner } from './activity-runner';

/** One observation cycle of the demo, written as the people in it would go through it. */
export interface CycleSpec {
  groupId: string;
  observer: string;
  observed: string;
  direction: 'mentor_to_mentee' | 'mentee_to_mentor';
  /** Who puts it in the calendar: the mentor, also when inviting a mentee to observe their own lesson. */
  scheduledBy: string;
  /** The lesson's day, in days before today; negative: a lesson still to come. */
  lessonDaysAgo: number;
  focus: string[];
  focusNeedIds?: string[];
  lesson?: { subject: string; grade: string; topic: string; classSize: number };
  /** [itemKey, value, comment]; a `time_on_task` value is [onTask, offTask, minutes into the lesson]. */
  responses?: [string, unknown, string?][];
  /** [minutes into the lesson, text]. */
  notes?: [number, string][];
  selfReflection?: string;
  observerReflection?: string;
  /** [title, due in days before today (negative: still to come)]. */
  nextSteps?: [string, number][];
}

const LESSON_HOUR = 9;

/**
 * Runs a cycle through the real commands, in the Kosovo order (issue 8, point 4): scheduled a week
 * before, focus agreed two days before, the lesson with responses and time-stamped notes, the
 * teacher's self-reflection the next day and then the observer's, next steps that become actions.
 * A spec without `lesson` stops after the pre-observation conference (an upcoming cycle).
 * Returns the observation id and the ids of the actions the next steps became.
 */
export async function runCycle(r: ActivityRunner, s: CycleSpec): Promise<{ id: string; actionIds: string[] }> {
  const id = r.id();
  const d = s.lessonDaysAgo;
  await r.run(s.scheduledBy, r.at(Math.max(d + 7, 2), 14), 'observation.schedule', {
    id,
    groupId: s.groupId,
    observerPersonId: s.observer,
    observedPersonId: s.observed,
    direction: s.direction,
    scheduledFor: r.iso(d, LESSON_HOUR),
  });
  await r.run(s.observer, r.at(Math.max(d + 2, 1), 13), 'observation.agreeFocus', {
    id,
    focusItemKeys: s.focus,
    focusNeedIds: s.focusNeedIds ?? [],
  });
  if (!s.lesson) return { id, actionIds: [] };
  const minute = (m: number) => r.at(d, LESSON_HOUR, m);
  await r.run(s.observer, minute(1), 'observation.record', { id, ...s.lesson, observedAt: minute(0).toISOString() });
  for (const [at, text] of s.notes ?? [])
    await r.run(s.observer, minute(at), 'observation.note', {
      id: r.id(),
      observationId: id,
      at: minute(at).toISOString(),
      text,
    });
  for (const [itemKey, raw, comment] of s.responses ?? []) {
    const value = Array.isArray(raw)
      ? { onTask: raw[0], offTask: raw[1], at: minute(raw[2] as number).toISOString() }
      : raw;
    await r.run(s.observer, minute(45), 'observation.respond', {
      id: r.id(),
      observationId: id,
      itemKey,
      value,
      comment: comment ?? null,
    });
  }
  if (!s.selfReflection) return { id, actionIds: [] };
  await r.run(s.observed, r.at(d - 1, 13), 'observation.selfReflect', { id, selfReflection: s.selfReflection });
  if (!s.observerReflection) return { id, actionIds: [] };
  await r.run(s.observer, r.at(d - 1, 13, 30), 'observation.reflect', { id, observerReflection: s.observerReflection });
  const steps = (s.nextSteps ?? []).map(([title, due]) => ({ id: r.id(), title, dueDate: r.date(due) }));
  if (steps.length) await r.run(s.observer, r.at(d - 1, 14), 'observation.agreeNextSteps', { id, nextSteps: steps });
  return { id, actionIds: steps.map((x) => x.id) };
}
