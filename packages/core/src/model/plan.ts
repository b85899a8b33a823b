import type { Visibility } from '../policy/content';
import type { NeedLevel } from './need-areas';

// Zod-free: the records of the `plans` area as a device holds them, and the overdue rule, so the
// web app lists a plan offline without loading the schemas (those are in plan-inputs.ts).

/** Where a need was identified: by the teacher alone, at an observation, or at a meeting (issue 8, point 1). */
export const NEED_SOURCES = ['self', 'observation', 'meeting'] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];
export const NEED_STATUSES = ['open', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A text in one or more of the app's languages (program configuration typed by an admin). */
export type LocalizedText = Partial<Record<'en' | 'ur' | 'sq' | 'sr', string>>;

/** The standard columns of a content record (core policy `ContentMeta`, server `ContentColumns`). */
export interface ContentRecord {
  id: string;
  programId: string;
  groupId: string | null;
  /** The teacher (mentee) the record is about: whose plan it is. */
  ownerPersonId: string;
  /** Their mentor or observer; null for a teacher's own record. */
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** A need of a teacher (Kosovo seed: "identification of basic to specific needs"). */
export interface Need extends ContentRecord {
  level: NeedLevel;
  /** A key of the program's need areas (default list: `defaultNeedAreas`). */
  areaKey: string;
  source: NeedSource;
  /** A module of the program's training catalogue this need links to. */
  moduleId: string | null;
  description: string;
  status: NeedStatus;
  closedAt: string | null;
}

/** A goal of a teacher's action plan, derived from one or more of their needs. */
export interface Goal extends ContentRecord {
  title: string;
  needIds: string[];
  status: GoalStatus;
}

/**
 * A step of the plan: who does it (`assigneePersonId`, the teacher or the mentor), by when and how
 * far it is. `goalId` null: an agreed next step of an observation not yet tied to a goal.
 */
export interface PlanAction extends ContentRecord {
  goalId: string | null;
  /** The observation whose post-observation conference agreed this step, if any. */
  observationId: string | null;
  title: string;
  assigneePersonId: string;
  /** ISO date YYYY-MM-DD. */
  dueDate: string;
  status: ActionStatus;
}

/** A review of an action: what was done, with evidence (text and uploaded files). */
export interface ActionReview extends ContentRecord {
  actionId: string;
  text: string;
  uploadIds: string[];
}

/** A module of the program's training catalogue (program configuration, not content). */
export interface TrainingModule {
  id: string;
  programId: string;
  name: LocalizedText;
  description: LocalizedText | null;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** Whether an action is still to be done (planned or in progress). */
export const isOpenAction = (a: { status: ActionStatus }) => a.status === 'planned' || a.status === 'in_progress';

/**
 * The actions of `actions` that are overdue on `today` (ISO date YYYY-MM-DD): still planned or in
 * progress, and due before today (an action due today is not late yet). Issue 8, point 2: "overdue
 * actions are shown to both" — the web app and the server's plan read use this one rule.
 */
export function overdueActions<A extends { dueDate: string; status: ActionStatus; deletedAt?: string | null }>(
  actions: readonly A[],
  today: string,
): A[] {
  return actions.filter((a) => !a.deletedAt && isOpenAction(a) && a.dueDate < today);
}
