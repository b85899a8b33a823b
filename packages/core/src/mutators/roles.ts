import type { RoleAssignment } from '../model/role-assignment';
import { table } from './device-area';

/** Role assignments: a device reads them (who is whose mentor); roles change online only. */
export const rolesDevice = {
  tables: { roleAssignments: table<RoleAssignment>('personId') },
  conflictFields: {},
} as const;
