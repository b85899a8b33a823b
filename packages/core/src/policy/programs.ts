import { inProgram } from './actor';
import { CRUD, resourcePolicy } from './define';

/** A mentoring program as a whole (its settings, levels, cadence). */
export type ProgramResource = { type: 'program'; programId: string };

/** Everyone in a program reads it; the system admin creates and deletes programs; its admins configure it. */
export const programsPolicy = resourcePolicy<ProgramResource>()('program', CRUD, (actor, action, r) => {
  if (action === 'read') return actor.systemAdmin || inProgram(actor, r.programId);
  if (action === 'create' || action === 'delete') return actor.systemAdmin;
  return actor.systemAdmin || actor.assignments.some((a) => a.programId === r.programId && a.role === 'program_admin');
});
