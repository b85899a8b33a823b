import { AddMember, ArchiveGroup, CreateGroup, EndMembership, UpdateGroup } from '../model/group';
import { coreArea } from './types';

export const groupsCore = coreArea({
  commands: {
    'group.create': { input: CreateGroup, sync: true },
    'group.update': { input: UpdateGroup, sync: true },
    'group.archive': { input: ArchiveGroup, sync: true },
    'group.addMember': { input: AddMember, sync: true },
    'group.endMembership': { input: EndMembership, sync: true },
  },
});
