import { describe, expect, it } from 'vitest';
import { type ContentMeta, type ContentResource, can, contentResource, mayChooseVisibility } from './index';
import { actors, checkMatrix, G, P, type Row, S1, S2 } from './test-matrix';

const observation: ContentResource = {
  type: 'content',
  kind: 'observation',
  programId: P,
  path: S2,
  authorPersonId: 'mentor',
  ownerPersonId: 'mentee',
  groupId: G,
  participantPersonIds: ['mentor', 'mentee'],
  sharedWithPersonIds: [],
};
const reflectionSharedWithOfficer: ContentResource = {
  type: 'content',
  kind: 'reflection',
  programId: P,
  path: S2,
  authorPersonId: 'mentee',
  ownerPersonId: 'mentee',
  groupId: null,
  participantPersonIds: [],
  sharedWithPersonIds: ['officer'],
};

// Mentoring, not monitoring: content is read by the pair/group, never because of a role.
const rows: Row[] = [
  ['read an observation of the pair', 'read', observation, ['mentor', 'mentee']],
  // The pair works on an observation together (the teacher's self-reflection, the observer's).
  ['update an observation', 'update', observation, ['mentor', 'mentee']],
  ['delete an observation', 'delete', observation, ['mentor']],
  ['create an observation in own group', 'create', observation, ['mentor']],
  ['read a reflection the teacher shared with the officer', 'read', reflectionSharedWithOfficer, ['mentee', 'officer']],
  // Sharing is the teacher's act: the officer it was shared with may not pass it on, nor may an admin.
  ['share own reflection', 'share', reflectionSharedWithOfficer, ['mentee']],
  // The observation is about the mentee: theirs to share, not the mentor's who wrote it.
  ['share an observation written about the mentee', 'share', observation, ['mentee']],
];

checkMatrix('content policy (role × action, in and out of scope)', rows);

describe('content policy invariants', () => {
  it('never lets an official role read content it is not part of, whatever its scope', () => {
    const officials = [actors.admin, actors.officer, actors.head, actors.sysadmin, actors.researcher];
    const kinds = ['observation', 'reflection', 'one_to_one_note', 'concern_detail', 'meeting_note'] as const;
    for (const kind of kinds)
      for (const a of officials) expect(can(a, 'read', { ...observation, kind, path: S1 })).toBe(false);
  });

  it('never lets an official share content, whatever its scope', () => {
    const officials = [actors.admin, actors.officer, actors.head, actors.sysadmin, actors.researcher];
    for (const a of officials) expect(can(a, 'share', { ...reflectionSharedWithOfficer, path: S1 })).toBe(false);
  });

  it('ends access with the group membership', () => {
    const former = { ...actors.mentee, groups: [] };
    expect(can(former, 'read', { ...observation, participantPersonIds: ['mentor'] })).toBe(false);
  });
});

describe(contentResource.name, () => {
  const need: ContentMeta = {
    kind: 'need',
    programId: P,
    path: S2,
    groupId: G,
    ownerPersonId: 'mentee',
    partnerPersonId: 'mentor',
    authorPersonId: 'mentor',
    visibility: 'pair',
  };
  const readers = (m: ContentMeta, shared: string[] = []) =>
    Object.entries(actors)
      .filter(([, a]) => can(a, 'read', contentResource(m, shared)))
      .map(([k]) => k)
      .sort();

  it('a pair record is read by the teacher and the mentor only, not the rest of the group or any official', () => {
    expect(readers(need)).toEqual(['mentee', 'mentor']);
    const anotherMenteeOfTheGroup = { ...actors.outsider, groups: [{ groupId: G, role: 'mentee' as const }] };
    expect(can(anotherMenteeOfTheGroup, 'read', contentResource(need))).toBe(false);
  });

  it('an author-only reflection is read by its author alone until shared, then by exactly that person', () => {
    const reflection: ContentMeta = { ...need, kind: 'reflection', authorPersonId: 'mentee', visibility: 'author' };
    expect(readers(reflection)).toEqual(['mentee']);
    expect(readers(reflection, ['officer'])).toEqual(['mentee', 'officer']);
  });

  it('a group record is read by the current members of its group', () => {
    const note: ContentMeta = { ...need, kind: 'meeting_note', visibility: 'group' };
    const r = contentResource(note);
    expect(r.groupId).toBe(G);
    expect(can({ ...actors.outsider, groups: [{ groupId: G, role: 'mentee' }] }, 'read', r)).toBe(true);
    expect(can({ ...actors.outsider, groups: [] }, 'read', r)).toBe(false);
  });

  it('both members of the pair update an action plan; only its author deletes it; a reflection only its author edits', () => {
    const plan = contentResource({ ...need, kind: 'action_plan' });
    expect(can(actors.mentee, 'update', plan)).toBe(true);
    expect(can(actors.mentor, 'update', plan)).toBe(true);
    expect(can(actors.mentee, 'delete', plan)).toBe(false);
    const reflection = contentResource({ ...need, kind: 'reflection', authorPersonId: 'mentor' });
    expect(can(actors.mentee, 'update', reflection)).toBe(false);
  });

  it('the teacher shares what is about them, even written by the mentor; never what the mentor kept to themself', () => {
    expect(can(actors.mentee, 'share', contentResource(need))).toBe(true);
    expect(can(actors.mentor, 'share', contentResource(need))).toBe(false);
    const mentorsOwn = contentResource({ ...need, kind: 'one_to_one_note', visibility: 'author' });
    expect(can(actors.mentee, 'share', mentorsOwn)).toBe(false);
    expect(can(actors.mentor, 'share', mentorsOwn)).toBe(false);
  });

  it("a mentor's own note written for the pair is shared by the teacher it is about, never by the mentor (probe finding 1)", () => {
    const note = contentResource({ ...need, kind: 'reflection', authorPersonId: 'mentor', ownerPersonId: 'mentee' });
    expect(can(actors.mentor, 'share', note)).toBe(false);
    expect(can(actors.mentee, 'share', note)).toBe(true);
    const own = contentResource({
      ...need,
      kind: 'reflection',
      authorPersonId: 'mentor',
      ownerPersonId: 'mentor',
      partnerPersonId: null,
      visibility: 'author',
    });
    expect(can(actors.mentor, 'share', own)).toBe(true);
  });

  it("a group meeting's notes are the group's: nobody shares them out of the group (issue 8 re-probe, finding 2)", () => {
    const notes = contentResource({
      ...need,
      kind: 'meeting_note',
      authorPersonId: 'mentor',
      ownerPersonId: 'mentor',
      partnerPersonId: null,
      visibility: 'group',
    });
    for (const a of Object.values(actors)) expect(can(a, 'share', notes)).toBe(false);
  });

  it('showing a record to the group is the act of the teacher it is about, on their own writing (re-probe, finding 1)', () => {
    const aboutTheTeacher = { authorPersonId: 'mentor', ownerPersonId: 'mentee' };
    expect(mayChooseVisibility('mentor', aboutTheTeacher, 'group')).toBe(false);
    expect(mayChooseVisibility('mentee', aboutTheTeacher, 'group')).toBe(false);
    expect(mayChooseVisibility('mentor', aboutTheTeacher, 'pair')).toBe(true);
    expect(mayChooseVisibility('mentee', { authorPersonId: 'mentee', ownerPersonId: 'mentee' }, 'group')).toBe(true);
  });
});
