import type { Privileges } from './privileges';

/**
 * What the policy is asked about. `path` is the materialised org-unit path the record lives under
 * (a person without a school lives at the program's root unit).
 */
export type Action = 'read' | 'create' | 'update' | 'delete';

/** Kinds of mentoring content (ARCHITECTURE §3); their tables arrive with later issues. */
export type ContentKind = 'observation' | 'reflection' | 'one_to_one_note' | 'concern_detail' | 'meeting_note';

export type Resource =
  | { type: 'program'; programId: string }
  | { type: 'org_unit'; programId: string; path: string }
  /** `holds`: what the person holds (issue 6: nobody edits or archives someone who outranks them). */
  | {
      type: 'person';
      programId: string;
      path: string;
      personId: string;
      groupIds: readonly string[];
      holds: Privileges;
    }
  /**
   * A person's login and the privileges it carries (whether or not the login exists yet). Changing
   * someone's roles is an `update` of their account: the server asks with `holds` as it would be
   * after a grant and as it is before a revoke, so the actor must outrank both sides.
   */
  | { type: 'account'; programId: string; path: string; personId: string; holds: Privileges }
  /** The scope of one assignment; who may change a person's roles is the account's rule. */
  | { type: 'role_assignment'; programId: string; path: string; personId: string }
  | { type: 'group'; programId: string; path: string; groupId: string }
  | { type: 'roster_import'; programId: string; path: string }
  | { type: 'roster_export'; programId: string; path: string }
  | { type: 'aggregate'; programId: string; path: string }
  /** A file uploaded from a device; until a record links it, only its uploader may touch it. */
  | { type: 'upload'; ownerUserId: string }
  | {
      type: 'content';
      kind: ContentKind;
      programId: string;
      path: string;
      authorPersonId: string;
      groupId: string | null;
      participantPersonIds: readonly string[];
      sharedWithPersonIds: readonly string[];
    };

export type ResourceType = Resource['type'];
