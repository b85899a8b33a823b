import { AcknowledgeVisit, CancelVisit, PlanVisit, RecordVisit, UpdateVisit } from '../model/visit';
import { coreArea } from './types';

/**
 * School follow-up visits (issue 9; ARCHITECTURE §2 "Visit"): the mentor plans and records them,
 * the head teacher acknowledges them from their phone — all offline.
 */
export const visitsCore = coreArea({
  commands: {
    'visit.plan': { input: PlanVisit, sync: true },
    'visit.update': { input: UpdateVisit, sync: true },
    'visit.cancel': { input: CancelVisit, sync: true },
    'visit.record': { input: RecordVisit, sync: true },
    'visit.acknowledge': { input: AcknowledgeVisit, sync: true },
  },
});
