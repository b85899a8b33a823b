import { holds, memberOf } from './actor';
import { CRUD, resourcePolicy } from './define';
import { AGGREGATE_READER_ROLES } from './scope';

/**
 * One observation cycle's metadata (who observed whom, when, status) — not its content, which is
 * `content` of kind `observation`. `path`: the group's unit.
 */
export type ObservationResource = {
  type: 'observation';
  programId: string;
  path: string;
  groupId: string;
  observerPersonId: string;
  observedPersonId: string;
  /** Whom the teacher shared the cycle's content with (live shares of its `observationDetails`). */
  sharedWithPersonIds?: readonly string[];
};

/**
 * The pair run the cycle; officials in scope (head teacher, district officer, program admin) may
 * know that it took place, when, and its status (ARCHITECTURE §3: "see metadata and aggregates
 * only"). Another mentor or teacher of the group is not told. Creating needs the actor to be one of
 * the pair and a member of the group; the server also checks both are current members. Whom the
 * teacher shared the cycle with reads its metadata too, to show the shared content in context.
 */
export const observationsPolicy = resourcePolicy<ObservationResource>()('observation', CRUD, (actor, action, r) => {
  const inPair = actor.personId === r.observerPersonId || actor.personId === r.observedPersonId;
  switch (action) {
    case 'read':
      return (
        inPair ||
        actor.systemAdmin ||
        (r.sharedWithPersonIds ?? []).includes(actor.personId) ||
        holds(actor, AGGREGATE_READER_ROLES, r.programId, r.path)
      );
    case 'create':
    case 'update':
      return inPair && memberOf(actor, r.groupId);
    case 'delete':
      return false;
  }
});
