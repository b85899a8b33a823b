import { memberOf } from './actor';
import { CRUD, resourcePolicy } from './define';

/** Kinds of mentoring content (ARCHITECTURE §3); their tables arrive with later issues. */
export type ContentKind = 'observation' | 'reflection' | 'one_to_one_note' | 'concern_detail' | 'meeting_note';

/** What was said, observed or written, with who wrote it, the pair or group it belongs to and its shares. */
export type ContentResource = {
  type: 'content';
  kind: ContentKind;
  programId: string;
  path: string;
  authorPersonId: string;
  groupId: string | null;
  participantPersonIds: readonly string[];
  sharedWithPersonIds: readonly string[];
};

/** `share`: give a named person read access to one item (recorded as consent, revocable, audited). */
export const CONTENT_ACTIONS = [...CRUD, 'share'] as const;

/**
 * Mentoring, not monitoring (ARCHITECTURE §3). Content is read by its author, the mentor–mentee
 * pair or group it belongs to, and whoever the teacher shared it with — never because of a role.
 * Kosovo: teachers feared mentoring fed licensing decisions; it worked once it was confidential.
 */
export const contentPolicy = resourcePolicy<ContentResource>()('content', CONTENT_ACTIONS, (actor, action, r) => {
  const isAuthor = r.authorPersonId === actor.personId;
  switch (action) {
    case 'read':
      return (
        isAuthor ||
        r.participantPersonIds.includes(actor.personId) ||
        (r.groupId !== null && memberOf(actor, r.groupId)) ||
        r.sharedWithPersonIds.includes(actor.personId)
      );
    case 'create':
      return isAuthor && (r.groupId === null || memberOf(actor, r.groupId));
    case 'update':
    case 'delete':
      return isAuthor;
    case 'share':
      // Sharing is the teacher's act: only the author shares, never a mentor or an official for them.
      return isAuthor;
  }
});
