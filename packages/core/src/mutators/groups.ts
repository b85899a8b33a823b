import type { Group, GroupMember } from '../model/group';
import { table } from './device-area';
import { created, type Mutators, patchRow, trimmed } from './row-store';

type GroupCommand = 'group.create' | 'group.update' | 'group.archive' | 'group.addMember' | 'group.endMembership';

/** Groups and their memberships: the tables a device holds, and the text that keeps conflict copies. */
export const groupsDevice = {
  tables: { groups: table<Group>(), groupMembers: table<GroupMember>('groupId', 'personId') },
  conflictFields: { 'group.update': { table: 'groups', fields: ['name'] } },
} as const;

/** Groups and their memberships (server: modules/groups/commands.ts). */
export const groupMutators: Mutators<GroupCommand> = {
  'group.create': {
    creates: true,
    async apply(rows, a, now) {
      await rows.put('groups', {
        id: a.id,
        programId: a.programId,
        kind: a.kind,
        name: trimmed(a.name),
        orgUnitId: a.orgUnitId,
        ...created(now),
      });
    },
  },
  'group.update': { base: 'groups', apply: (rows, a, now) => patchRow(rows, 'groups', a, now) },
  'group.archive': {
    async apply(rows, a) {
      for (const m of await rows.find('groupMembers', 'groupId', a.id)) await rows.remove('groupMembers', m.id);
      await rows.remove('groups', a.id);
    },
  },
  'group.addMember': {
    creates: true,
    async apply(rows, a, now) {
      await rows.put('groupMembers', {
        id: a.id,
        groupId: a.groupId,
        personId: a.personId,
        role: a.role,
        startDate: a.startDate,
        endDate: a.endDate ?? null,
        ...created(now),
      });
    },
  },
  'group.endMembership': { base: 'groupMembers', apply: (rows, a, now) => patchRow(rows, 'groupMembers', a, now) },
};
