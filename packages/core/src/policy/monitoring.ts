import { holds } from './actor';
import { resourcePolicy } from './define';
import { AGGREGATE_READER_ROLES } from './scope';

/** Aggregate indicators (counts, coverage) of the subtree at `path`: metadata, never content. */
export type AggregateResource = { type: 'aggregate'; programId: string; path: string };

/** Officials read the aggregates of their subtree; nobody writes them (they are computed). */
export const monitoringPolicy = resourcePolicy<AggregateResource>()(
  'aggregate',
  ['read'],
  (actor, _action, r) => actor.systemAdmin || holds(actor, AGGREGATE_READER_ROLES, r.programId, r.path),
);
