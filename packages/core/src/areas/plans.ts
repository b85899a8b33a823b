import {
  AddAction,
  CloseNeed,
  CreateGoal,
  CreateTrainingModule,
  RecordNeed,
  ReviewAction,
  UpdateAction,
  UpdateGoal,
  UpdateNeed,
} from '../model/plan-inputs';
import { coreArea } from './types';

/**
 * Needs and action plans (issue 8, points 1 and 2): every write works offline but the training
 * catalogue, which a program admin configures online.
 */
export const plansCore = coreArea({
  commands: {
    'need.record': { input: RecordNeed, sync: true },
    'need.update': { input: UpdateNeed, sync: true },
    'need.close': { input: CloseNeed, sync: true },
    'goal.create': { input: CreateGoal, sync: true },
    'goal.update': { input: UpdateGoal, sync: true },
    'action.add': { input: AddAction, sync: true },
    'action.update': { input: UpdateAction, sync: true },
    'action.review': { input: ReviewAction, sync: true },
    'trainingModule.create': { input: CreateTrainingModule, sync: false },
  },
});
