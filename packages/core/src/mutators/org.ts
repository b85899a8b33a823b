import type { OrgUnit } from '../model/org-unit';
import { table } from './device-area';

/**
 * Org units: syncable commands without a preview yet (no screen edits them offline); the server's
 * answer shows them. A rename keeps the losing name as a conflict copy.
 */
export const orgDevice = {
  tables: { orgUnits: table<OrgUnit>('parentId') },
  conflictFields: { 'orgUnit.rename': { table: 'orgUnits', fields: ['name'] } },
} as const;
