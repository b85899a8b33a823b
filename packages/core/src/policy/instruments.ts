import { type Actor, inProgram } from './actor';
import { CRUD, resourcePolicy } from './define';

/**
 * An observation instrument or one of its versions (program configuration, not content).
 * `published`: false for a draft version, which only the program's admins see.
 */
export type InstrumentResource = { type: 'instrument'; programId: string; published: boolean };

const adminOf = (actor: Actor, programId: string) =>
  actor.systemAdmin || actor.assignments.some((a) => a.programId === programId && a.role === 'program_admin');

/**
 * Program admins configure instruments (ARCHITECTURE §1: "configures the program (levels,
 * instruments, …)"); everyone in the program reads the published versions, which a device needs to
 * fill an observation form offline.
 */
export const instrumentsPolicy = resourcePolicy<InstrumentResource>()('instrument', CRUD, (actor, action, r) => {
  if (action === 'read') return adminOf(actor, r.programId) || (r.published && inProgram(actor, r.programId));
  return adminOf(actor, r.programId);
});
