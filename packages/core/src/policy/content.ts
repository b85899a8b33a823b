import { memberOf } from './actor';
import { CRUD, resourcePolicy } from './define';

/** Kinds of mentoring content (ARCHITECTURE §3): what was said, observed or written. */
export type ContentKind =
  | 'need'
  | 'action_plan'
  | 'observation'
  | 'meeting_note'
  | 'one_to_one_note'
  | 'reflection'
  | 'concern_detail'
  | 'visit_note';

/**
 * Who a content record belongs to, chosen by its author: `author` (a reflection until shared: its
 * author alone), `pair` (the default: the teacher and their mentor or observer), `group` (the
 * author chose to show it to the whole group). Issue 8, point 7.
 */
export type Visibility = 'author' | 'pair' | 'group';
export const VISIBILITIES = ['author', 'pair', 'group'] as const satisfies readonly Visibility[];

/**
 * Kinds both members of the pair edit: the action plan is worked on together (Kosovo: "both members
 * of the pair see and update it"), an observation holds the teacher's self-reflection and the
 * observer's, a need is agreed together, meeting notes are the pair's record. A reflection, a
 * one-to-one note of one side and a concern's detail stay their author's to change.
 */
export const PAIR_EDITED_KINDS: readonly ContentKind[] = ['need', 'action_plan', 'observation', 'meeting_note'];

/** What was said, observed or written, with who wrote it, the pair or group it belongs to and its shares. */
export type ContentResource = {
  type: 'content';
  kind: ContentKind;
  programId: string;
  path: string;
  authorPersonId: string;
  /** The teacher the record is about: the one who shares it. */
  ownerPersonId: string;
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
      return isAuthor || (PAIR_EDITED_KINDS.includes(r.kind) && r.participantPersonIds.includes(actor.personId));
    case 'delete':
      return isAuthor;
    case 'share':
      // A group meeting's notes are the group's record, about several teachers: nobody takes them out
      // of the group alone (issue 8 re-probe: a mentor shared them with the municipal officer).
      if (r.kind === 'meeting_note' && r.groupId !== null) return false;
      // Sharing is the teacher's act (ARCHITECTURE §3): the teacher the record is about shares what
      // they read of it — an observation a mentor wrote about them too — never a mentor or an official.
      return r.ownerPersonId === actor.personId && (isAuthor || r.participantPersonIds.includes(actor.personId));
  }
});

/**
 * The columns every content table carries (server migrations 0006+): the program, the group it was
 * made in (null for a one-to-one outside a group), the teacher it is about (`owner`), their mentor or
 * observer (`partner`, null for a teacher's own note), its author and its visibility.
 */
export interface ContentMeta {
  kind: ContentKind;
  programId: string;
  /** The materialised path of the unit it hangs under (the group's unit, else the owner's school). */
  path: string;
  groupId: string | null;
  ownerPersonId: string;
  partnerPersonId: string | null;
  authorPersonId: string;
  visibility: Visibility;
}

/**
 * The policy resource of a content record: the pair are its participants unless it is the author's
 * alone; the group reads it only when its author chose `group`; `sharedWithPersonIds` are the
 * people it is shared with now (revoked shares left out). The one mapping the server's REST reads,
 * the sync pull and exports all use, so they cannot disagree about who reads what.
 */
export function contentResource(m: ContentMeta, sharedWithPersonIds: readonly string[] = []): ContentResource {
  const pair = m.partnerPersonId === null ? [m.ownerPersonId] : [m.ownerPersonId, m.partnerPersonId];
  return {
    type: 'content',
    kind: m.kind,
    programId: m.programId,
    path: m.path,
    authorPersonId: m.authorPersonId,
    ownerPersonId: m.ownerPersonId,
    groupId: m.visibility === 'group' ? m.groupId : null,
    participantPersonIds: m.visibility === 'author' ? [] : pair,
    sharedWithPersonIds,
  };
}

/**
 * Whether `personId` may make a record visible to `visibility` (on creation or later). Showing a
 * record to the whole group widens who reads it, so it is the act of the teacher it is about, on
 * their own writing only (author = owner); narrowing it (`author`, `pair`) is its author's choice.
 * Issue 8 re-probe, finding 1: a mentor turned a need about the teacher into a group record.
 */
export function mayChooseVisibility(
  personId: string,
  record: { authorPersonId: string; ownerPersonId: string },
  visibility: Visibility,
): boolean {
  if (record.authorPersonId !== personId) return false;
  return visibility !== 'group' || record.ownerPersonId === personId;
}
