import { checkMatrix, type Row } from './test-matrix';

const rows: Row[] = [
  ['read an upload of the mentee', 'read', { type: 'upload', ownerUserId: 'u-mentee' }, ['mentee']],
  ['append to an upload of the mentor', 'update', { type: 'upload', ownerUserId: 'u-mentor' }, ['mentor']],
];

checkMatrix('uploads policy (role × action)', rows);
