import type { ActionReview, Goal, Need, PlanAction, TrainingModule } from '../model/plan';
import { table } from './device-area';
import { created, type Mutators, patchRow, trimmed } from './row-store';

type PlanCommand =
  | 'need.record'
  | 'need.update'
  | 'need.close'
  | 'goal.create'
  | 'goal.update'
  | 'action.add'
  | 'action.update'
  | 'action.review';

/**
 * Needs and action plans on a device, listed by the teacher they are about (`ownerPersonId`) and by
 * goal; the catalogue of training modules by program. The free text people type keeps conflict copies.
 */
export const plansDevice = {
  tables: {
    trainingModules: table<TrainingModule>('programId'),
    needs: table<Need>('ownerPersonId'),
    goals: table<Goal>('ownerPersonId'),
    actions: table<PlanAction>('ownerPersonId', 'goalId'),
    actionReviews: table<ActionReview>('actionId', 'ownerPersonId'),
  },
  conflictFields: {
    'need.update': { table: 'needs', fields: ['description'] },
    'goal.update': { table: 'goals', fields: ['title'] },
    'action.update': { table: 'actions', fields: ['title'] },
  },
} as const;

/** The content columns a new record takes from the pair it belongs to; the author is the device's user. */
const pairOf = (
  r: Pick<Need, 'programId' | 'groupId' | 'ownerPersonId' | 'partnerPersonId' | 'visibility' | 'authorPersonId'>,
) => ({
  programId: r.programId,
  groupId: r.groupId,
  ownerPersonId: r.ownerPersonId,
  partnerPersonId: r.partnerPersonId,
  authorPersonId: r.authorPersonId,
  visibility: r.visibility,
});

/**
 * Needs, goals, actions and reviews (server: modules/plans/commands.ts). A new need or goal's
 * program and author come from the device's group and user row where it has them; the server's
 * answer replaces the optimistic row either way.
 */
export const planMutators: Mutators<PlanCommand> = {
  'need.record': {
    creates: true,
    async apply(rows, a, now) {
      const group = await rows.get('groups', a.groupId);
      await rows.put('needs', {
        id: a.id,
        programId: group?.programId ?? '',
        groupId: a.groupId,
        ownerPersonId: a.ownerPersonId,
        partnerPersonId: a.partnerPersonId,
        authorPersonId: '',
        visibility: a.visibility ?? 'pair',
        level: a.level,
        areaKey: trimmed(a.areaKey),
        source: a.source,
        moduleId: a.moduleId ?? null,
        description: trimmed(a.description),
        status: 'open',
        closedAt: null,
        ...created(now),
      });
    },
  },
  'need.update': { base: 'needs', apply: (rows, a, now) => patchRow(rows, 'needs', a, now) },
  'need.close': {
    async apply(rows, a, now) {
      const need = await rows.get('needs', a.id);
      if (need) await rows.put('needs', { ...need, status: 'closed', closedAt: now, updatedAt: now });
    },
  },
  'goal.create': {
    creates: true,
    async apply(rows, a, now) {
      const group = await rows.get('groups', a.groupId);
      await rows.put('goals', {
        id: a.id,
        programId: group?.programId ?? '',
        groupId: a.groupId,
        ownerPersonId: a.ownerPersonId,
        partnerPersonId: a.partnerPersonId,
        authorPersonId: '',
        visibility: a.visibility ?? 'pair',
        title: trimmed(a.title),
        needIds: [...a.needIds],
        status: 'open',
        ...created(now),
      });
    },
  },
  'goal.update': { base: 'goals', apply: (rows, a, now) => patchRow(rows, 'goals', a, now) },
  'action.add': {
    creates: true,
    async apply(rows, a, now) {
      // An action belongs to its goal's pair; without the goal on the device the server's answer shows it.
      const goal = await rows.get('goals', a.goalId);
      if (!goal) return;
      await rows.put('actions', {
        id: a.id,
        ...pairOf(goal),
        goalId: goal.id,
        observationId: null,
        title: trimmed(a.title),
        assigneePersonId: a.assigneePersonId,
        dueDate: a.dueDate,
        status: a.status ?? 'planned',
        ...created(now),
      });
    },
  },
  'action.update': { base: 'actions', apply: (rows, a, now) => patchRow(rows, 'actions', a, now) },
  'action.review': {
    creates: true,
    async apply(rows, a, now) {
      const action = await rows.get('actions', a.actionId);
      if (!action) return;
      await rows.put('actionReviews', {
        id: a.id,
        ...pairOf(action),
        actionId: action.id,
        text: trimmed(a.text),
        uploadIds: [...(a.uploadIds ?? [])],
        ...created(now),
      });
    },
  },
};
