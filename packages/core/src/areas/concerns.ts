import {
  AddConcernToAgenda,
  CloseConcern,
  DiscussConcern,
  MarkConcernFollowedUp,
  MergeConcern,
  OrderConcernAgenda,
  RaiseConcern,
  ReopenConcern,
  ResolveConcern,
  SendConcernToFollowUp,
  ShareConcern,
  UpdateConcern,
} from '../model/concern';
import { coreArea } from './types';

/**
 * Concerns raised in a cluster and sorted out at its meetings or by a school follow-up visit
 * (issue 9; PTMP seed). Every write works offline.
 */
export const concernsCore = coreArea({
  commands: {
    'concern.raise': { input: RaiseConcern, sync: true },
    'concern.update': { input: UpdateConcern, sync: true },
    'concern.share': { input: ShareConcern, sync: true },
    'concern.addToAgenda': { input: AddConcernToAgenda, sync: true },
    'concern.orderAgenda': { input: OrderConcernAgenda, sync: true },
    'concern.merge': { input: MergeConcern, sync: true },
    'concern.discuss': { input: DiscussConcern, sync: true },
    'concern.resolve': { input: ResolveConcern, sync: true },
    'concern.sendToFollowUp': { input: SendConcernToFollowUp, sync: true },
    'concern.markFollowedUp': { input: MarkConcernFollowedUp, sync: true },
    'concern.close': { input: CloseConcern, sync: true },
    'concern.reopen': { input: ReopenConcern, sync: true },
  },
});
