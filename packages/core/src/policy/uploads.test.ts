import type { ContentResource } from './index';
import { checkMatrix, G, P, type Row, S2 } from './test-matrix';

const reviewOfThePair: ContentResource = {
  type: 'content',
  kind: 'action_plan',
  programId: P,
  path: S2,
  authorPersonId: 'mentee',
  ownerPersonId: 'mentee',
  groupId: G,
  participantPersonIds: ['mentor', 'mentee'],
  sharedWithPersonIds: [],
};
const evidence = { type: 'upload', ownerUserId: 'u-mentee', linkedBy: [reviewOfThePair] } as const;

const rows: Row[] = [
  ['read an upload of the mentee', 'read', { type: 'upload', ownerUserId: 'u-mentee' }, ['mentee']],
  ['append to an upload of the mentor', 'update', { type: 'upload', ownerUserId: 'u-mentor' }, ['mentor']],
  // The pair reads a review's evidence; a role (officer, head, admin) never does.
  ['read the evidence of a review of the pair', 'read', evidence, ['mentee', 'mentor']],
  ['change the evidence of a review of the pair', 'update', evidence, ['mentee']],
];

checkMatrix('uploads policy (role × action)', rows);
