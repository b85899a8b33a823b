import { AppError, can } from '@mentora/core';
import { today } from '../../clock';
import type { CommandContext } from '../../commands/context';
import { contentResources } from '../../content/resources';
import { currentMembership } from '../../db/current-membership';

// The rules of the observation cycle that look beyond the command's own input (roles in the group,
// the teacher's needs, the class the lesson had); the handlers in cycle-commands.ts call them.

const ROLES = {
  mentor_to_mentee: ['mentor', 'mentee'],
  mentee_to_mentor: ['mentee', 'mentor'],
} as const;

/**
 * The roles in the group fit the direction: a mentor observes a mentee, a mentee their mentor, a peer a
 * peer. Errors: `validation_failed` on `direction`.
 */
export async function assertDirection(
  ctx: CommandContext,
  groupId: string,
  observer: string,
  observed: string,
  direction: keyof typeof ROLES | 'peer',
) {
  const members = await ctx.trx
    .selectFrom('groupMembers')
    .select(['personId', 'role'])
    .where('groupId', '=', groupId)
    .where('personId', 'in', [observer, observed])
    .where(currentMembership(today(ctx.clock)))
    .execute();
  const roleOf = (p: string) => members.find((m) => m.personId === p)?.role;
  const ok =
    direction === 'peer'
      ? roleOf(observer) === roleOf(observed)
      : roleOf(observer) === ROLES[direction][0] && roleOf(observed) === ROLES[direction][1];
  if (!ok)
    throw new AppError('validation_failed', `These people's roles in the group do not fit the direction ${direction}`, [
      { path: 'direction', message: `observer is ${roleOf(observer)}, observed is ${roleOf(observed)}` },
    ]);
}

/** Focus needs are the observed teacher's own open needs ("choose focus items from the teacher's open needs"). */
export async function assertTeachersNeeds(ctx: CommandContext, ids: readonly string[], teacherId: string) {
  if (ids.length === 0) return;
  const found = await ctx.trx
    .selectFrom('needs')
    .selectAll()
    .where('id', 'in', [...ids])
    .where('ownerPersonId', '=', teacherId)
    .where('status', '=', 'open')
    .where('deletedAt', 'is', null)
    .execute();
  // Only needs the writer can read: a focus does not reveal, or point to, a need kept from them
  // (issue 8 re-probe, finding 4).
  const resources = await contentResources(ctx.trx, 'needs', 'need', found);
  const ok = new Set(
    found
      .filter((n) => {
        const r = resources.get(n.id);
        return r !== undefined && can(ctx.actor, 'read', r);
      })
      .map((n) => n.id),
  );
  const details = ids.flatMap((id, i) =>
    ok.has(id) ? [] : [{ path: `focusNeedIds.${i}`, message: 'not an open need of the observed teacher' }],
  );
  if (details.length) throw new AppError('validation_failed', "Choose from the teacher's open needs", details);
}

/** The observation cycle; every command works offline (queued on the phone, run here at the next push). */

/** Students counted by a time-on-task snapshot. */
const counted = (v: { onTask?: number; offTask?: number }) => (v.onTask ?? 0) + (v.offTask ?? 0);

/**
 * A time-on-task snapshot counts students of this class: no more than the class size recorded.
 * Errors: `validation_failed` on `value`.
 */
export async function assertSnapshotFitsClass(
  ctx: CommandContext,
  observationId: string,
  snapshot: { onTask: number; offTask: number },
): Promise<void> {
  const { classSize } = (await ctx.trx
    .selectFrom('observationDetails')
    .select('classSize')
    .where('id', '=', observationId)
    .executeTakeFirst()) ?? { classSize: null };
  if (classSize !== null && counted(snapshot) > classSize)
    throw new AppError('validation_failed', 'More students on and off task than in the class', [
      { path: 'value', message: `${counted(snapshot)} students, the class has ${classSize}` },
    ]);
}

/**
 * The class size bounds the time-on-task snapshots already taken (issue 8 re-probe, finding 6).
 * Errors: `validation_failed` on `classSize`.
 */
export async function assertSnapshotsFit(ctx: CommandContext, observationId: string, classSize: number) {
  const snapshots = await ctx.trx
    .selectFrom('observationResponses')
    .select('value')
    .where('observationId', '=', observationId)
    .where('itemType', '=', 'time_on_task')
    .where('deletedAt', 'is', null)
    .execute();
  const largest = Math.max(0, ...snapshots.map((r) => counted(JSON.parse(r.value))));
  if (largest > classSize)
    throw new AppError('validation_failed', 'A time-on-task snapshot already counts more students', [
      { path: 'classSize', message: `a snapshot counts ${largest} students` },
    ]);
}

/** Each agreed next step has its own id (issue 8 probe, finding 8). Errors: `validation_failed` on `nextSteps.<i>.id`. */
export function assertDistinctStepIds(steps: readonly { id?: string }[]): void {
  const seen = new Map<string, number>();
  const dupes = steps.flatMap((s, i) => {
    if (!s.id) return [];
    const first = seen.get(s.id);
    seen.set(s.id, first ?? i);
    return first === undefined ? [] : [{ path: `nextSteps.${i}.id`, message: `the same id as nextSteps.${first}.id` }];
  });
  if (dupes.length) throw new AppError('validation_failed', 'Each next step needs its own id', dupes);
}
