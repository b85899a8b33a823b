import { type Actor, holds, memberOf } from './actor';
import { CRUD, resourcePolicy } from './define';
import { outranks, type Privileges } from './privileges';
import { ADMIN_ROLES, SCOPE_READER_ROLES } from './scope';

/**
 * A person at `path` (their school's, or the program's root unit without a school), in the groups
 * `groupIds`, holding `holds` (issue 6: nobody edits or archives someone who outranks them).
 */
export type PersonResource = {
  type: 'person';
  programId: string;
  path: string;
  personId: string;
  groupIds: readonly string[];
  holds: Privileges;
};

/**
 * `update` changes a person's name and contact details (subjects, grades too): the person
 * themselves may. `updateRecord` changes what the program keeps about them — school, gender, years
 * of experience, EMIS id — which needs admin rights over their place *in this program*, also for
 * one's own profile (issue 7: an admin of another program passed a check that ignored the program).
 */
export const PERSON_ACTIONS = [...CRUD, 'updateRecord'] as const;

const manages = (actor: Actor, r: PersonResource) =>
  holds(actor, ADMIN_ROLES, r.programId, r.path) && outranks(actor, r.holds);

export const peoplePolicy = resourcePolicy<PersonResource>()('person', PERSON_ACTIONS, (actor, action, r) => {
  if (actor.systemAdmin) return true;
  const self = r.personId === actor.personId;
  switch (action) {
    case 'read':
      return (
        self || r.groupIds.some((g) => memberOf(actor, g)) || holds(actor, SCOPE_READER_ROLES, r.programId, r.path)
      );
    case 'update':
      return self || manages(actor, r);
    case 'updateRecord':
      // Oneself needs only the admin role here: an admin outranks nobody at their own unit, themselves included.
      return self ? holds(actor, ADMIN_ROLES, r.programId, r.path) : manages(actor, r);
    case 'create':
    case 'delete':
      return manages(actor, r);
  }
});
