import type { FeedbackGivenResource, FeedbackResource } from './index';
import { C1, checkMatrix, G, P, type Row, S3 } from './test-matrix';

const held: FeedbackResource = {
  type: 'feedback',
  programId: P,
  path: C1,
  groupId: G,
  held: true,
  attendeePersonIds: ['mentee', 'mentor'],
};
const scheduled: FeedbackResource = { ...held, held: false };
const elsewhere: FeedbackResource = { ...held, path: S3, groupId: 'other', attendeePersonIds: ['outsider'] };

// Issue 9 (ADR 0022): attendees of a held meeting give; its mentor and the officials of the subtree
// read aggregates — not the head teacher; a single rating is nobody's to read, the system admin included.
const rows: Row[] = [
  ['give feedback on a held meeting attended', 'give', held, ['mentee']],
  ['give feedback on a meeting not yet held', 'give', scheduled, []],
  ['give feedback on a meeting not attended', 'give', { ...held, attendeePersonIds: ['outsider'] }, ['outsider']],
  [
    'read the aggregate of a meeting in C1',
    'readAggregate',
    held,
    ['admin', 'districtAdmin', 'officer', 'mentor', 'sysadmin'],
  ],
  ['read the aggregate of a meeting in D2', 'readAggregate', elsewhere, ['admin', 'sysadmin']],
  ['read one rating of a meeting in C1', 'readRating', held, []],
  ['read one rating of a meeting in D2', 'readRating', elsewhere, []],
];
const own: FeedbackGivenResource = { type: 'feedbackGiven', personId: 'mentee' };
rows.push(['read that the mentee has rated', 'read', own, ['mentee']]);
rows.push(['read that an outsider has rated', 'read', { ...own, personId: 'outsider' }, ['outsider']]);

checkMatrix('feedback policy (role × action, in and out of scope)', rows);
