import { z } from 'zod';
import { VISIBILITIES } from '../policy/content';
import { AnyId, Code, FreeText, Id, PlannedDate, Text } from './common';
import { NEED_LEVELS } from './need-areas';
import { ACTION_STATUSES, GOAL_STATUSES, NEED_SOURCES } from './plan';

// The inputs of the `plans` area's commands (issue 8, points 1 and 2). Both ends validate with them.

export const VisibilityIn = z.enum(VISIBILITIES);
export const NeedLevelIn = z.enum(NEED_LEVELS);
export const NeedSourceIn = z.enum(NEED_SOURCES);
export const GoalStatusIn = z.enum(GOAL_STATUSES);
export const ActionStatusIn = z.enum(ACTION_STATUSES);

/** A need area's key: a slug of the program's list (default `defaultNeedAreas`), e.g. `classroom-management`. */
export const NeedAreaKey = Code(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a need area key like "assessment"');

/** Text in at least one of the app's languages. */
export const LocalizedTextIn = z
  .strictObject({
    en: Text(200).optional(),
    ur: Text(200).optional(),
    sq: Text(200).optional(),
    sr: Text(200).optional(),
  })
  .refine((t) => Object.values(t).some((v) => v !== undefined), { message: 'give the text in at least one language' });
const LocalizedLong = z
  .strictObject({
    en: FreeText(2000).optional(),
    ur: FreeText(2000).optional(),
    sq: FreeText(2000).optional(),
    sr: FreeText(2000).optional(),
  })
  .refine((t) => Object.values(t).some((v) => v !== undefined), { message: 'give the text in at least one language' });

/** The pair a content record belongs to: the teacher it is about and their mentor (null: the teacher's own). */
const Pair = {
  groupId: AnyId,
  ownerPersonId: AnyId,
  partnerPersonId: AnyId.nullable(),
  visibility: VisibilityIn.default('pair'),
};
const distinctPair = (p: { ownerPersonId: string; partnerPersonId: string | null }) =>
  p.ownerPersonId !== p.partnerPersonId;
const distinctPairIssue = { message: 'the mentor must be another person than the teacher', path: ['partnerPersonId'] };

export const RecordNeed = z
  .strictObject({
    id: Id.optional(),
    ...Pair,
    level: NeedLevelIn,
    areaKey: NeedAreaKey,
    source: NeedSourceIn,
    moduleId: AnyId.nullable().default(null),
    description: FreeText(4000),
  })
  .refine(distinctPair, distinctPairIssue);
export type RecordNeed = z.infer<typeof RecordNeed>;

export const UpdateNeed = z.strictObject({
  id: AnyId,
  level: NeedLevelIn.optional(),
  areaKey: NeedAreaKey.optional(),
  source: NeedSourceIn.optional(),
  moduleId: AnyId.nullable().optional(),
  description: FreeText(4000).optional(),
  visibility: VisibilityIn.optional(),
});
export const CloseNeed = z.strictObject({ id: AnyId });

export const CreateGoal = z
  .strictObject({
    id: Id.optional(),
    ...Pair,
    needIds: z.array(AnyId).min(1).max(20),
    title: FreeText(500),
  })
  .refine(distinctPair, distinctPairIssue);
export const UpdateGoal = z.strictObject({
  id: AnyId,
  title: FreeText(500).optional(),
  status: GoalStatusIn.optional(),
  needIds: z.array(AnyId).min(1).max(20).optional(),
});

export const AddAction = z.strictObject({
  id: Id.optional(),
  goalId: AnyId,
  title: FreeText(500),
  /** Who does it: the teacher or the mentor of the goal's pair. */
  assigneePersonId: AnyId,
  dueDate: PlannedDate,
  status: ActionStatusIn.default('planned'),
});
export const UpdateAction = z.strictObject({
  id: AnyId,
  title: FreeText(500).optional(),
  assigneePersonId: AnyId.optional(),
  dueDate: PlannedDate.optional(),
  status: ActionStatusIn.optional(),
});
export const ReviewAction = z.strictObject({
  id: Id.optional(),
  actionId: AnyId,
  text: FreeText(4000),
  /** Existing uploads of the reviewer (evidence: a photo of a jointly prepared test, a lesson plan). */
  uploadIds: z.array(AnyId).max(10).default([]),
});

export const CreateTrainingModule = z.strictObject({
  id: Id.optional(),
  programId: AnyId,
  name: LocalizedTextIn,
  description: LocalizedLong.nullable().default(null),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});

// Answers (loose objects: an answer may carry more, never less).
const obj = z.looseObject;
const content = {
  id: z.string(),
  programId: z.string(),
  groupId: z.string().nullable(),
  ownerPersonId: z.string(),
  partnerPersonId: z.string().nullable(),
  authorPersonId: z.string(),
  visibility: VisibilityIn,
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  version: z.number(),
};
export const NeedOut = obj({
  ...content,
  level: NeedLevelIn,
  areaKey: z.string(),
  source: NeedSourceIn,
  moduleId: z.string().nullable(),
  description: z.string(),
  status: z.enum(['open', 'closed']),
  closedAt: z.string().nullable(),
}).meta({ id: 'Need' });
export const GoalOut = obj({ ...content, title: z.string(), needIds: z.array(z.string()), status: GoalStatusIn }).meta({
  id: 'Goal',
});
export const ActionOut = obj({
  ...content,
  goalId: z.string().nullable(),
  observationId: z.string().nullable(),
  title: z.string(),
  assigneePersonId: z.string(),
  dueDate: z.string(),
  status: ActionStatusIn,
}).meta({ id: 'Action' });
export const ActionReviewOut = obj({
  ...content,
  actionId: z.string(),
  text: z.string(),
  uploadIds: z.array(z.string()),
}).meta({ id: 'ActionReview' });
export const TrainingModuleOut = obj({
  id: z.string(),
  programId: z.string(),
  name: obj({}),
  description: obj({}).nullable(),
  sortOrder: z.number(),
}).meta({ id: 'TrainingModule' });
const PlannedAction = ActionOut.extend({ overdue: z.boolean(), reviews: z.array(ActionReviewOut) });
/** A teacher's plan as the pair reads it: needs, goals with their actions and reviews, overdue flags. */
export const PlanOut = obj({
  personId: z.string(),
  needs: z.array(NeedOut),
  goals: z.array(GoalOut.extend({ actions: z.array(PlannedAction) })),
  /** Agreed next steps not tied to a goal yet. */
  otherActions: z.array(PlannedAction),
  overdueCount: z.number(),
}).meta({ id: 'Plan' });
