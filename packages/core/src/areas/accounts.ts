import { CreateUser, IssueCode, SetUserDisabled } from '../model/user';
import { coreArea } from './types';

/** Account commands hand out secrets: online only, never queued on a device. */
export const accountsCore = coreArea({
  commands: {
    'account.create': { input: CreateUser, sync: false },
    'account.issueCode': { input: IssueCode, sync: false },
    'account.setDisabled': { input: SetUserDisabled, sync: false },
  },
});
