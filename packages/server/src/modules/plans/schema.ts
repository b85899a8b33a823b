import type { Selectable } from 'kysely';
import type { ContentColumns } from '../../content/schema';
import type { SyncColumns } from '../../db/schema';

/** A module of a program's training catalogue (migration 0007); name/description are JSON `LocalizedText`. */
export interface TrainingModulesTable extends SyncColumns {
  programId: string;
  name: string;
  description: string | null;
  sortOrder: number;
}

/** A teacher's need (content, kind `need`). */
export interface NeedsTable extends ContentColumns {
  level: string;
  areaKey: string;
  source: string;
  moduleId: string | null;
  description: string;
  status: string;
  closedAt: string | null;
}

/** A goal of an action plan (content, kind `action_plan`); `needIds` is a JSON array. */
export interface GoalsTable extends ContentColumns {
  title: string;
  needIds: string;
  status: string;
}

/** An action of a plan (content, kind `action_plan`). */
export interface ActionsTable extends ContentColumns {
  goalId: string | null;
  observationId: string | null;
  title: string;
  assigneePersonId: string;
  dueDate: string;
  status: string;
}

/** A review of an action with its evidence (content, kind `action_plan`); `uploadIds` is a JSON array. */
export interface ActionReviewsTable extends ContentColumns {
  actionId: string;
  text: string;
  uploadIds: string;
}

export type TrainingModuleRow = Selectable<TrainingModulesTable>;
export type NeedRow = Selectable<NeedsTable>;
export type GoalRow = Selectable<GoalsTable>;
export type ActionRow = Selectable<ActionsTable>;
export type ActionReviewRow = Selectable<ActionReviewsTable>;

declare module '../../db/schema' {
  interface Database {
    trainingModules: TrainingModulesTable;
    needs: NeedsTable;
    goals: GoalsTable;
    actions: ActionsTable;
    actionReviews: ActionReviewsTable;
  }
}
